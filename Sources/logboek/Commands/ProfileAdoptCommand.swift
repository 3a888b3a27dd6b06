import Ledger
import Meldcode

/// `logboek profile adopt NAME|FILE --as ADMIN`: puts a protocol profile in force (administrators only).
enum ProfileAdoptCommand: Command {
    static let spec = CommandSpec(
        path: ["profile", "adopt"], abstract: "Adopt a protocol profile for this logbook (administrators only).",
        positionals: [PositionalSpec(name: "NAME|FILE", help: "A built-in profile's name (see `profile list`) or a profile JSON file.")],
        options: [OptionSpec.freeText("reason", help: "Why (recorded in the log), e.g. who established it and when."), CommonOptions.json]
            + CommonOptions.signing,
        discussion: "Appends profile.adopted in stream 'logbook'. The profile is checked strictly first; findings from then on use it.")

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let profile = try ProfileArgument.load(arguments.positionals[0])
        let reason = arguments.value("reason")
        if let reason, reason.allSatisfy(\.isWhitespace) { throw LedgerError.invalidInput("the reason for adopting the profile is empty") }
        let draft = ProfileAdoption.draft(adopting: profile, reason: reason)
        let event = try Signer.checkedAppend([draft], arguments, context).append([draft])[0]
        RegistryOutput.report(event, summary: "Adopted profile \(profile.name) (version \(profile.version))", arguments, context)
        return .success
    }
}
