import Foundation
import Ledger

/// Where the CLI writes: data to standard output, messages and progress to standard error. Text goes out
/// through ``TerminalText/escaped(_:)``, so nothing read from a log, a file or the command line can send a
/// terminal control sequence; JSON output escapes control characters by itself.
struct Console {
    /// Writes a line to standard output.
    func out(_ text: String) {
        FileHandle.standardOutput.write(Data((TerminalText.escaped(text) + "\n").utf8))
    }

    /// Writes a line to standard error.
    func err(_ text: String) {
        FileHandle.standardError.write(Data((TerminalText.escaped(text) + "\n").utf8))
    }

    /// Writes a prompt to standard error, without a newline, for an answer on the same line.
    func prompt(_ text: String) {
        FileHandle.standardError.write(Data(TerminalText.escaped(text).utf8))
    }

    /// Writes a value as one line of JSON to standard output.
    func json(_ value: JSONValue) {
        jsonLine(CanonicalJSON.encode(value))
    }

    /// Writes canonical JSON bytes (such as an event's stored line) and a newline to standard output, unchanged.
    func jsonLine(_ canonical: [UInt8]) {
        FileHandle.standardOutput.write(Data(canonical + [0x0A]))
    }

    /// Whether standard error is a terminal (progress is shown only then).
    var showsProgress: Bool { isatty(STDERR_FILENO) == 1 }

    /// Overwrites the current standard-error line with a progress message.
    func progress(_ text: String) {
        FileHandle.standardError.write(Data("\r\(TerminalText.escaped(text))\u{1B}[K".utf8))
    }

    /// Ends a progress line.
    func endProgress() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
