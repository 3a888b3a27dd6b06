import Ledger
import Meldcode

/// `logboek profile show NAME|FILE`: a profile's rules, each with its citations.
enum ProfileShowCommand: Command {
    static let spec = CommandSpec(
        path: ["profile", "show"], abstract: "Show a protocol profile: each rule with the seed lines it encodes.",
        positionals: [PositionalSpec(name: "NAME|FILE", help: "A built-in profile's name (see `profile list`) or a profile JSON file.")],
        options: [CommonOptions.json],
        discussion: "With --json the profile is printed as canonical JSON, the form `profile adopt` accepts from a file.")

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let profile = try ProfileArgument.load(arguments.positionals[0])
        if arguments.flag("json") {
            context.console.json(profile.json)
            return .success
        }
        context.console.out("\(profile.name) (version \(profile.version)): \(profile.title)")
        context.console.out("Encodes \(profile.source.rawValue).")
        for rule in profile.ruleSummaries {
            context.console.out("")
            context.console.out("\(rule.key): \(rule.statement).")
            for citation in rule.citations {
                context.console.out("  \(citation.seed.rawValue) lines \(citation.lines): \u{201C}\(citation.quote)\u{201D}")
            }
            if let note = rule.note { context.console.out("  note: \(note)") }
        }
        return .success
    }
}
