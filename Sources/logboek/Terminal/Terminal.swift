import Foundation
import Ledger

#if canImport(Glibc)
import Glibc
#endif

/// Reading from the terminal without echoing what is typed.
enum Terminal {
    /// Shows `prompt` on standard error and reads one line from standard input with echo off, byte by byte
    /// straight into secure memory.
    static func readHidden(prompt: String) throws -> Secret {
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
        let secret = Secret()
        var byte: UInt8 = 0
        var ended = false
        while read(STDIN_FILENO, &byte, 1) == 1 {
            if byte == 0x0A { ended = true; break }
            guard secret.append(byte) else { throw PassphraseError(message: "the passphrase is too long", code: "no-passphrase") }
        }
        byte = 0
        guard ended || secret.count > 0 else { throw PassphraseError(message: "no passphrase was typed", code: "no-passphrase") }
        if secret.last == 0x0D { secret.removeLast() }
        return secret
    }
}
