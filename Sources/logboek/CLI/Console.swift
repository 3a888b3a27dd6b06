import Foundation
import Ledger

/// Where the CLI writes: data to standard output, messages and progress to standard error.
struct Console {
    /// Writes a line to standard output.
    func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Writes a line to standard error.
    func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Writes a prompt to standard error, without a newline, for an answer on the same line.
    func prompt(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes a value as one line of JSON to standard output.
    func json(_ value: JSONValue) {
        out(String(decoding: CanonicalJSON.encode(value), as: UTF8.self))
    }

    /// Whether standard error is a terminal (progress is shown only then).
    var showsProgress: Bool { isatty(STDERR_FILENO) == 1 }

    /// Overwrites the current standard-error line with a progress message.
    func progress(_ text: String) {
        FileHandle.standardError.write(Data("\r\(text)\u{1B}[K".utf8))
    }

    /// Ends a progress line.
    func endProgress() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
