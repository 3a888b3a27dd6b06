import Ledger
import Meldcode

/// `logboek profile show NAME|FILE`: a profile's rules, each marked as from the seeds (with its citations) or the
/// school's own choice, and the days no term runs.
enum ProfileShowCommand: Command {
    static let spec = CommandSpec(
        path: ["profile", "show"], abstract: "Show a protocol profile: each rule with the seed lines it encodes, or marked as the school's own choice.",
        positionals: [PositionalSpec(name: "NAME|FILE", help: "A built-in profile's name (see `profile list`) or a profile JSON file.")],
        options: [
            CommonOptions.json,
            OptionSpec(name: "year", valueName: "YYYY", help: "List the days on which no term runs in this year (default: this year)."),
        ],
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
            context.console.out(rule.isFromSeed ? "  from the seeds:" : "  the school's own choice: no seed line sets it")
            for citation in rule.citations {
                context.console.out("  \(citation.seed.rawValue) lines \(citation.lines): \u{201C}\(citation.quote)\u{201D}")
            }
            if let note = rule.note { context.console.out("  note: \(note)") }
        }
        printDaysOff(profile, year: try year(arguments), context)
        return .success
    }

    private static func year(_ arguments: ParsedArguments) throws -> Int {
        guard let text = arguments.value("year") else { return CalendarDay(SystemClock().now()).year }
        guard text.count == 4, let year = Int(text), year >= 1583 else {
            throw UsageError(message: "--year takes a year written YYYY (from 1583), not '\(text)'", command: spec.name)
        }
        return year
    }

    /// The weekdays of a year on which no term runs: the Dutch public holidays and the profile's closed days.
    private static func printDaysOff(_ profile: ProtocolProfile, year: Int, _ context: Context) {
        context.console.out("")
        context.console.out("Days on which no term runs in \(year) (besides Saturdays and Sundays):")
        let holidays = PublicHoliday.netherlands(in: year).map { ($0, "public holiday, Algemene termijnenwet art. 3") }
        let closed = profile.closedDays.filter { $0.day.year == year }.map { ($0, "closed day of this profile") }
        for (day, origin) in (holidays + closed).sorted(by: { $0.0.day < $1.0.day }) {
            context.console.out("  \(day.day) \(day.name) (\(origin)\(day.day.isoWeekday > 5 ? ", falls in the weekend" : ""))")
        }
    }
}
