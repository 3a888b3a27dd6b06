import Foundation
import Ledger

/// `logboek witness init DIR --name NAME`: a witness's key and state.
enum WitnessInitCommand: Command {
    static let spec = CommandSpec(
        path: ["witness", "init"], abstract: "Create a witness (e.g. the Inspectie's): its own key and state, in DIR.",
        positionals: [PositionalSpec(name: "DIR", help: "The witness's folder (not a logbook).")],
        options: [
            OptionSpec(name: "name", valueName: "NAME", help: "The witness's key name, e.g. inspectie.example/witness."),
            CommonOptions.newPassphraseFile, CommonOptions.json,
        ],
        discussion: """
            The key is sealed with the passphrase from --new-passphrase-file, else LOGBOEK_NEW_PASSPHRASE, else a
            prompt. Prints the witness's verifier key (C2SP vkey, type 0x04), with which anyone checks its cosignatures.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let directory = URL(fileURLWithPath: arguments.positionals[0])
        let name = try arguments.required("name")
        let passphrase = try Passphrase.forNewKey("the witness", arguments, context)
        let witness = try Witness.create(at: directory, name: name, passphrase: passphrase)
        let key = try witness.verifierKey.text
        if arguments.flag("json") {
            context.console.json(.object(["directory": .string(witness.directory.path), "name": .string(name), "verifierKey": .string(key)]))
        } else {
            context.console.out("Created the witness \(name) in \(witness.directory.path)")
            context.console.out("Verifier key: \(key)")
        }
        return .success
    }
}
