import Foundation
import Ledger

/// Writing a file a command produces (a report, a bundle, a checkpoint copy).
enum OutputFile {
    /// Writes `bytes` to `path`, replacing the file as a whole.
    /// - Throws: ``LedgerError/io(operation:path:reason:)``.
    static func write(_ bytes: [UInt8], to path: String) throws {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw LedgerError.io(operation: "write", path: path, reason: error.localizedDescription)
        }
    }
}
