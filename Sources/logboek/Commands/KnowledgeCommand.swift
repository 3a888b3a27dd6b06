import Ledger
import Meldcode

/// `logboek knowledge`: who knew what when in a case, as Dutch sentences (or JSON).
enum KnowledgeCommand: Command {
    static let spec = CommandSpec(
        path: ["knowledge"], abstract: "Who knew what when in a case: who knew an event, what a person knew, when the school first knew.",
        options: [
            OptionSpec(name: "case", valueName: "ID", help: "The case."),
            OptionSpec(name: "seq", valueName: "N", help: "Who knew event N, since when (in the world and in the log) and how."),
            OptionSpec(name: "person", valueName: "ID", help: "What this actor knew."),
            OptionSpec.freeText("party", valueName: "NAME", help: "What the outside parties whose names contain NAME knew (e.g. ouders)."),
            CommonOptions.json,
        ] + CommonOptions.moment + CommonOptions.reading,
        discussion: """
            Knowledge is a fold of the case's events: authors; those present at consultations, conversations,
            weighings and decisions, with the events they discussed; those told (information.shared, parents.informed,
            a melding to Veilig Thuis). Every answer gives two times: the day in the world and when the log recorded it.
            Without --seq, --person or --party: when the school first knew each signal and each form of violence.
            --as-of and --known-on replay the log as it was; --on keeps what was known in the world by that day.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let id = try arguments.required("case")
        let reading = try CaseReading.read(arguments, context)
        let seq = try reading.asOf(arguments)
        guard let knowledge = CaseKnowledge.of(id, in: try reading.events(ofCase: id), through: seq) else {
            throw LedgerError.invalidInput("no case '\(id)' was opened\(seq == nil ? "" : " by then"); see `logboek case list`")
        }
        try reading.recordViews(arguments, context)
        let worldDay = arguments.value("on") == nil ? nil : try reading.day(arguments, asOf: seq)
        let answer = KnowledgeAnswer(try question(arguments, knowledge), in: knowledge, actorRoles: reading.actorRoles, worldDay: worldDay)
        if arguments.flag("json") {
            context.console.json(answer.json)
        } else {
            answer.lines.forEach(context.console.out)
        }
        return .success
    }

    private static func question(_ arguments: ParsedArguments, _ knowledge: CaseKnowledge) throws -> KnowledgeQuestion {
        let given = ["seq", "person", "party"].filter { arguments.value($0) != nil }
        guard given.count <= 1 else {
            throw UsageError(message: "give one of --seq, --person and --party, not \(given.map { "--\($0)" }.joined(separator: " and "))", command: spec.name)
        }
        if let seq = try arguments.count("seq") { return .whoKnew(seq: seq) }
        if let person = arguments.value("person") { return .whatKnew([.actor(person)]) }
        if let party = arguments.value("party") {
            let parties = knowledge.parties(matching: party)
            guard !parties.isEmpty else {
                throw LedgerError.invalidInput(
                    "no outside party whose name contains '\(party)' knew anything of case \(knowledge.id); `logboek knowledge --case \(knowledge.id) --json` lists who knew what")
            }
            return .whatKnew(parties)
        }
        return .schoolFirstKnew
    }
}
