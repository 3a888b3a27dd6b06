import Foundation
import Ledger

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
            CommonOptions.passphraseFile, CommonOptions.json,
        ],
        discussion: """
            The administrator's new key is sealed with the passphrase from --passphrase-file, else
            LOGBOEK_PASSPHRASE, else a prompt. Print the trust anchor's fingerprint and give it to the
            Inspectie: it is how they recognise this logbook's first key.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let layout = LogbookLayout(directory: URL(fileURLWithPath: arguments.positionals[0]))
        let organisation = try arguments.required("org")
        let adminID = try arguments.required("admin")
        try ActorArguments.checkID(adminID, command: spec.name)
        let roles = try ActorArguments.roles(arguments.all("role").isEmpty ? ["administratie"] : arguments.all("role"))
        let name = try arguments.required("admin-name")
        let key = try SealedKey(newKeyFor: adminID, passphrase: try Passphrase.forFirstAdministrator(adminID, arguments, context))
        let profile = try ActorProfile(
            id: adminID, name: name, roles: roles, isAdministrator: true, qualifications: [], publicKey: key.publicKey)
        _ = try LogWriter.create(at: layout, organisation: organisation, administrator: profile, issuing: key)
        report(layout: layout, organisation: organisation, profile: profile, arguments, context)
        return .success
    }

    private static func report(
        layout: LogbookLayout, organisation: String, profile: ActorProfile, _ arguments: ParsedArguments, _ context: Context
    ) {
        let fingerprint = Fingerprint.of(profile.publicKey)
        if arguments.flag("json") {
            context.console.json(.object([
                "logbook": .string(layout.directory.path), "organisation": .string(organisation),
                "administrator": .string(profile.id), "trustAnchor": .string(fingerprint),
            ]))
        } else {
            context.console.out("Created the logbook of \(organisation) in \(layout.directory.path)")
            context.console.out("Administrator: \(profile.id) (\(profile.name))")
            context.console.out("Trust anchor:  \(fingerprint)")
            context.console.out("Give the trust anchor to the Inspectie; they compare it at every visit.")
        }
    }
}
