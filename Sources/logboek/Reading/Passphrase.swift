import Foundation
import Ledger

#if canImport(Glibc)
import Glibc
#endif

/// Where passphrases come from: a file named on the command line, an environment variable, or a
/// prompt on the terminal with echo off. Never from argv, never printed; held in secure memory (``Secret``)
/// from the moment it is read, and a passphrase file's bytes are overwritten once copied.
struct Passphrase {
    /// The shortest passphrase accepted for a new key.
    static let minimumLength = 8

    /// The passphrase of the actor a command acts as (`--as`): `--passphrase-file`, else
    /// `LOGBOEK_PASSPHRASE`, else a prompt.
    static func forSigner(_ actor: String, _ arguments: ParsedArguments, _ context: Context) throws -> Secret {
        try read(file: arguments.value("passphrase-file"), variable: "LOGBOEK_PASSPHRASE", context: context,
                 prompt: "Passphrase for \(actor): ", confirm: false)
    }

    /// The passphrase for a key being issued now: `--new-passphrase-file`, else `LOGBOEK_NEW_PASSPHRASE`,
    /// else a prompt asked twice.
    static func forNewKey(_ actor: String, _ arguments: ParsedArguments, _ context: Context) throws -> Secret {
        let passphrase = try read(file: arguments.value("new-passphrase-file"), variable: "LOGBOEK_NEW_PASSPHRASE",
                                  context: context, prompt: "New passphrase for \(actor): ", confirm: true)
        return try checkedNew(passphrase)
    }

    /// The first administrator's passphrase at `init`, from the signer's sources, asked twice on a terminal.
    static func forFirstAdministrator(_ actor: String, _ arguments: ParsedArguments, _ context: Context) throws -> Secret {
        let passphrase = try read(file: arguments.value("passphrase-file"), variable: "LOGBOEK_PASSPHRASE",
                                  context: context, prompt: "New passphrase for \(actor): ", confirm: true)
        return try checkedNew(passphrase)
    }

    private static func checkedNew(_ passphrase: Secret) throws -> Secret {
        guard passphrase.count >= minimumLength else {
            throw PassphraseError(message: "a new passphrase needs at least \(minimumLength) characters", code: "weak-passphrase")
        }
        return passphrase
    }

    private static func read(file: String?, variable: String, context: Context, prompt: String, confirm: Bool) throws -> Secret {
        if let file { return try firstLine(of: file) }
        if let value = context.environment[variable] { return try Secret(copying: value) }
        guard isatty(STDIN_FILENO) == 1 else {
            throw PassphraseError(
                message: "no passphrase: set \(variable), pass \(variable == "LOGBOEK_PASSPHRASE" ? "--passphrase-file" : "--new-passphrase-file") FILE, or run on a terminal",
                code: "no-passphrase")
        }
        let first = try Terminal.readHidden(prompt: prompt)
        if confirm, !(try Terminal.readHidden(prompt: "Repeat it: ")).isEqual(to: first) {
            throw PassphraseError(message: "the two passphrases differ", code: "passphrase-mismatch")
        }
        return first
    }

    /// The first line of a passphrase file (without its line end), copied into secure memory; the bytes
    /// read are overwritten afterwards.
    private static func firstLine(of file: String) throws -> Secret {
        var data: [UInt8]
        do { data = try InputFile.read(file) } catch {
            throw PassphraseError(message: "cannot read the passphrase file \(file)", code: "no-passphrase")
        }
        defer { for index in data.indices { data[index] = 0 } }
        let secret = Secret()
        for byte in data {
            guard byte != 0x0A else { break }
            guard secret.append(byte) else { throw PassphraseError(message: "the passphrase in \(file) is too long", code: "no-passphrase") }
        }
        if secret.last == 0x0D { secret.removeLast() }
        return secret
    }
}
