import Foundation
import Ledger

/// Reading a file argument, where `-` means standard input: read in chunks and stopped at a limit, so a
/// huge or endless input (`/dev/zero`, a FIFO that never ends) is refused without exhausting memory.
enum InputFile {
    /// What an input may be, with its largest size in bytes.
    enum Kind {
        /// A payload (`--payload`): the canonical limit plus room for the user's white space.
        case payload
        /// A checkpoint, proof, verifier key, profile or passphrase file.
        case document
        /// The text of a free-text option (`--description-file`): at most a payload's size.
        case text

        /// The largest input accepted, in bytes.
        var limit: Int {
            switch self {
            case .payload: 4 * PayloadLimits.maximumBytes
            case .document: 1 << 20
            case .text: PayloadLimits.maximumBytes
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
                throw LedgerError.io(operation: "read", path: name, underlying: error)
            }
            guard let next, !next.isEmpty else { return bytes }
            bytes.append(contentsOf: next)
        }
        throw LedgerError.invalidInput(
            "\(name) holds more than \(kind.limit) bytes, the most this input may have; nothing was read beyond that")
    }

    /// The longest line read from standard input for an answer or a passphrase.
    static let lineLimit = 64 << 10

    /// The next line of standard input without its line end, or `nil` at the end of the input; read a byte
    /// at a time (nothing beyond the line is consumed) and refused beyond ``lineLimit``.
    /// - Throws: ``LedgerError/invalidInput(_:)`` for a longer line, ``LedgerError/io(operation:path:reason:)``.
    static func line() throws -> String? {
        var bytes = [UInt8]()
        while true {
            let next: Data?
            do { next = try FileHandle.standardInput.read(upToCount: 1) } catch {
                throw LedgerError.io(operation: "read", path: "standard input", underlying: error)
            }
            guard let byte = next?.first else { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if byte == 0x0A { break }
            bytes.append(byte)
            guard bytes.count <= lineLimit else {
                throw LedgerError.invalidInput("a line of standard input holds more than \(lineLimit) bytes; nothing was read beyond that")
            }
        }
        if bytes.last == 0x0D { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
