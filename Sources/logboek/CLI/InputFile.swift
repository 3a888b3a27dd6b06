import Foundation
import Ledger

/// Reading a file argument, where `-` means standard input: read in chunks and stopped at a limit, so a
/// huge or endless input (`/dev/zero`, a FIFO that never ends) is refused without exhausting memory.
enum InputFile {
    /// What an input may be, with its largest size in bytes.
    enum Kind {
        /// A payload (`--payload`): the canonical limit plus room for the user's white space.
        case payload
        /// A JSON Lines batch (`--batch`).
        case batch
        /// A checkpoint, proof, verifier key, profile or passphrase file.
        case document

        /// The largest input accepted, in bytes.
        var limit: Int {
            switch self {
            case .payload: 4 * PayloadLimits.maximumBytes
            case .batch: 64 << 20
            case .document: 1 << 20
            }
        }
    }

    /// Bytes read per step.
    static let chunk = 1 << 16

    /// The bytes of `path`, or of standard input for `-`, up to the limit of `kind`.
    /// - Throws: ``LedgerError/invalidInput(_:)`` when the input is larger than the limit (nothing more is
    ///   read), ``LedgerError/io(operation:path:reason:)`` when it cannot be opened or read.
    static func read(_ path: String, as kind: Kind = .document) throws -> [UInt8] {
        let name = path == "-" ? "standard input" : path
        let handle: FileHandle
        do {
            handle = path == "-" ? FileHandle.standardInput : try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        } catch {
            throw LedgerError.io(operation: "open", path: name, reason: "no such file, or not readable")
        }
        var bytes = [UInt8]()
        while bytes.count <= kind.limit {
            let next: Data?
            do {
                next = try handle.read(upToCount: min(chunk, kind.limit + 1 - bytes.count))
            } catch {
                throw LedgerError.io(operation: "read", path: name, reason: error.localizedDescription)
            }
            guard let next, !next.isEmpty else { return bytes }
            bytes.append(contentsOf: next)
        }
        throw LedgerError.invalidInput(
            "\(name) holds more than \(kind.limit) bytes, the most this input may have; nothing was read beyond that")
    }
}
