import Ledger
import Meldcode

/// `logboek case members --case ID --as ID`: who reads a case now, and why.
enum CaseMembersCommand: Command {
    static let spec = CommandSpec(
        path: ["case", "members"], abstract: "List who reads a case's content and why (opened it, a coordinating role, a grant).",
        options: [OptionSpec(name: "case", valueName: "ID", help: "The case."), CommonOptions.json] + CommonOptions.reading)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let id = try arguments.required("case")
        let reading = try CaseReading.read(arguments, context)
        let events = try reading.events(ofCase: id)
        guard !events.isEmpty else { throw LedgerError.invalidInput("no case '\(id)' was opened; see `logboek case list`") }
        let members = try reading.content.members(withGroundsOf: id).map { ($0.actor, why($0.ground)) }
        try reading.recordViews(arguments, context)
        if arguments.flag("json") {
            context.console.json(.array(members.map { .object(["actor": .string($0.0), "why": .string($0.1)]) }))
        } else {
            context.console.out("Case \(id) is read by \(members.count) member(s), and by the recovery key the board keeps:")
            for (actor, why) in members { context.console.out("  \(actor)\t\(why)") }
        }
        return .success
    }

    /// The ground a member reads the case on, in words.
    private static func why(_ ground: CaseMember.Ground) -> String {
        switch ground {
        case .coordinator(let roles): "coordinator (\(roles.map(\.rawValue).joined(separator: ", ")))"
        case .granted(let author, let day, let seq, let reason): "granted by \(author) on \(day) (seq \(seq)): \(reason)"
        case .opener: "opened the case"
        }
    }
}
