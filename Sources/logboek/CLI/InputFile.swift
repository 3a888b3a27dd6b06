import Foundation
import Ledger

/// Reading a file argument, where `-` means standard input.
enum InputFile {
    /// The bytes of `path`, or of standard input for `-`.
    static func read(_ path: String) throws -> [UInt8] {
        if path == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LedgerError.io(operation: "read", path: path, reason: "no such file, or not readable")
        }
        return [UInt8](data)
    }
}
