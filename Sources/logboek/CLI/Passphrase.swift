import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Where passphrases come from: a file named on the command line, an environment variable, or a
/// prompt on the terminal with echo off. Never from argv, never printed.
struct Passphrase {
    /// The shortest passphrase accepted for a new key.
    static let minimumLength = 8

    /// The passphrase of the actor a command acts as (`--as`): `--passphrase-file`, else
    /// `LOGBOEK_PASSPHRASE`, else a prompt.
    static func forSigner(_ actor: String, _ arguments: ParsedArguments, _ context: Context) throws -> [UInt8] {
        try read(file: arguments.value("passphrase-file"), variable: "LOGBOEK_PASSPHRASE", context: context,
                 prompt: "Passphrase for \(actor): ", confirm: false)
    }

    /// The passphrase for a key being issued now: `--new-passphrase-file`, else `LOGBOEK_NEW_PASSPHRASE`,
    /// else a prompt asked twice.
    static func forNewKey(_ actor: String, _ arguments: ParsedArguments, _ context: Context) throws -> [UInt8] {
        let passphrase = try read(file: arguments.value("new-passphrase-file"), variable: "LOGBOEK_NEW_PASSPHRASE",
                                  context: context, prompt: "New passphrase for \(actor): ", confirm: true)
        return try checkedNew(passphrase)
    }

    /// The first administrator's passphrase at `init`, from the signer's sources, asked twice on a terminal.
    static func forFirstAdministrator(_ actor: String, _ arguments: ParsedArguments, _ context: Context) throws -> [UInt8] {
        let passphrase = try read(file: arguments.value("passphrase-file"), variable: "LOGBOEK_PASSPHRASE",
                                  context: context, prompt: "New passphrase for \(actor): ", confirm: true)
        return try checkedNew(passphrase)
    }

    private static func checkedNew(_ passphrase: [UInt8]) throws -> [UInt8] {
        guard passphrase.count >= minimumLength else {
            throw PassphraseError(message: "a new passphrase needs at least \(minimumLength) characters", code: "weak-passphrase")
        }
        return passphrase
    }

    private static func read(file: String?, variable: String, context: Context, prompt: String, confirm: Bool) throws -> [UInt8] {
        if let file {
            let data: [UInt8]
            do { data = try InputFile.read(file) } catch {
                throw PassphraseError(message: "cannot read the passphrase file \(file)", code: "no-passphrase")
            }
            let firstLine = data.split(separator: 0x0A, maxSplits: 1, omittingEmptySubsequences: false).first ?? []
            return Array(firstLine.last == 0x0D ? firstLine.dropLast() : firstLine)
        }
        if let value = context.environment[variable] { return Array(value.utf8) }
        guard isatty(STDIN_FILENO) == 1 else {
            throw PassphraseError(
                message: "no passphrase: set \(variable), pass \(variable == "LOGBOEK_PASSPHRASE" ? "--passphrase-file" : "--new-passphrase-file") FILE, or run on a terminal",
                code: "no-passphrase")
        }
        let first = try Terminal.readHidden(prompt: prompt)
        if confirm, try Terminal.readHidden(prompt: "Repeat it: ") != first {
            throw PassphraseError(message: "the two passphrases differ", code: "passphrase-mismatch")
        }
        return first
    }
}
