import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Reading from the terminal without echoing what is typed.
enum Terminal {
    /// Shows `prompt` on standard error and reads one line from standard input with echo off.
    static func readHidden(prompt: String) throws -> [UInt8] {
        FileHandle.standardError.write(Data(TerminalText.escaped(prompt).utf8))
        var original = termios()
        let haveTerminal = tcgetattr(STDIN_FILENO, &original) == 0
        if haveTerminal {
            var silent = original
            silent.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        }
        defer {
            if haveTerminal { tcsetattr(STDIN_FILENO, TCSAFLUSH, &original) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = try InputFile.line() else {
            throw PassphraseError(message: "no passphrase was typed", code: "no-passphrase")
        }
        return Array(line.utf8)
    }
}
