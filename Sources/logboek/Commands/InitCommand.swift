import Foundation
import Ledger
import Meldcode

/// `logboek init DIR`: creates a logbook and its first administrator.
enum InitCommand: Command {
    static let spec = CommandSpec(
        path: ["init"], abstract: "Create a new logbook with its first administrator.",
        positionals: [PositionalSpec(name: "DIR", help: "The directory to create the logbook in.")],
        options: [
            OptionSpec(name: "org", valueName: "NAME", help: "The school or location the logbook belongs to."),
            OptionSpec(name: "admin", valueName: "ID", help: "The first administrator's actor id (e.g. dir.jansen)."),
            OptionSpec(name: "admin-name", valueName: "NAME", help: "The first administrator's name."),
            OptionSpec(name: "role", valueName: "ROLE", help: "A role of the administrator (default: administratie).", repeatable: true),
            OptionSpec(
                name: "recovery-key", valueName: "FILE",
                help: "Where to write the organisation's recovery key (must not exist; keep it offline, outside the logbook)."),
            CommonOptions.passphraseFile, CommonOptions.json,
        ],
        discussion: """
            The administrator's new key is sealed with the passphrase from --passphrase-file, else
            LOGBOEK_PASSPHRASE, else a prompt. Print the trust anchor's fingerprint and give it to the
            Inspectie: it is how they recognise this logbook's first key.
            The recovery key's secret is written once, to --recovery-key FILE, and nowhere else: every case
            key is also sealed to it, so it restores access when a passphrase is forgotten. Give the file to
            the board to keep offline and remove it from this computer.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let layout = LogbookLayout(directory: URL(fileURLWithPath: arguments.positionals[0]))
        let organisation = try arguments.required("org")
        let adminID = try arguments.required("admin")
        try ActorArguments.checkID(adminID, command: spec.name)
        let roles = try ActorArguments.roles(arguments.all("role").isEmpty ? ["administratie"] : arguments.all("role"))
        let name = try arguments.required("admin-name")
        let recoveryKeyFile = URL(fileURLWithPath: try arguments.required("recovery-key"))
        let key = try SealedKey(newKeyFor: adminID, passphrase: try Passphrase.forFirstAdministrator(adminID, arguments, context))
        let profile = try ActorProfile(
            id: adminID, name: name, roles: roles, isAdministrator: true, qualifications: [], publicKey: key.publicKey,
            encryptionKey: key.encryptionKey)
        _ = try LogWriter.create(at: layout, organisation: organisation, administrator: profile, issuing: key, recoveryKeyFile: recoveryKeyFile, rules: CaseAuthority())
        report(layout: layout, organisation: organisation, profile: profile, recoveryKeyFile: recoveryKeyFile, arguments, context)
        return .success
    }

    private static func report(
        layout: LogbookLayout, organisation: String, profile: ActorProfile, recoveryKeyFile: URL, _ arguments: ParsedArguments,
        _ context: Context
    ) {
        let fingerprint = Fingerprint.of(profile.publicKey)
        if arguments.flag("json") {
            context.console.json(.object([
                "logbook": .string(layout.directory.path), "organisation": .string(organisation),
                "administrator": .string(profile.id), "trustAnchor": .string(fingerprint),
                "recoveryKeyFile": .string(recoveryKeyFile.path),
            ]))
        } else {
            context.console.out("Created the logbook of \(organisation) in \(layout.directory.path)")
            context.console.out("Administrator: \(profile.id) (\(profile.name))")
            context.console.out("Trust anchor:  \(fingerprint)")
            context.console.out("Give the trust anchor to the Inspectie; they compare it at every visit.")
            context.console.out("Recovery key:  \(recoveryKeyFile.path): give it to the board to keep offline, then remove it here.")
        }
    }
}
