import Ledger
import Meldcode

/// `logboek case list`: every case with its child, status, events and number of findings.
enum CaseListCommand: Command {
    static let spec = CommandSpec(
        path: ["case", "list"], abstract: "List the cases: child, status, events and findings (without --as: ids and status only).",
        options: [
            OptionSpec(name: "open", valueName: nil, help: "Only cases that are not closed or redirected."),
            CommonOptions.json,
        ] + CommonOptions.moment + CommonOptions.reading,
        discussion: """
            With --as ID, the cases that actor reads, each with its child, phase, events and findings (each read recorded
            as case.viewed), and how many others there are. Without it, from the log's headers alone and with no key:
            each case's id, status (open, closed, redirected, erased) and seqs, and nothing of its content.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        guard arguments.value("as") != nil else { return try outlines(arguments, context) }
        let reading = try CaseReading.read(arguments, context)
        let seq = try reading.asOf(arguments)
        let day = try reading.day(arguments, asOf: seq)
        var json = [JSONValue]()
        var lines = [String]()
        var skipped = [SkippedCase]()
        try reading.forEachSummary(asOf: seq, on: day, skipped: { skipped.append($0) }) { summary in
            guard !arguments.flag("open") || summary.isOpen else { return }
            if arguments.flag("json") { json.append(Self.json(summary)) } else { lines.append(line(summary)) }
        }
        try reading.recordViews(arguments, context)
        if arguments.flag("json") {
            context.console.json(.array(json))
            return .success
        }
        if lines.isEmpty, skipped.isEmpty { context.console.out("No cases.") }
        lines.forEach(context.console.out)
        SkippedCase.notes(skipped).forEach(context.console.out)
        return .success
    }

    /// The cases as the headers show them, for a reader without a key.
    private static func outlines(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
        if let moment = CommonOptions.moment.first(where: { arguments.value($0.name) != nil }) {
            throw UsageError(message: "--\(moment.name) replays case content: give --as ID as well", command: spec.name)
        }
        let outlines = try CaseOutline.all(in: try Signer.openWriter(arguments, context))
            .filter { !arguments.flag("open") || ($0.status == "open" && $0.erasure == nil) }
        if arguments.flag("json") {
            context.console.json(.array(outlines.map { outline in
                .object([
                    "id": .string(outline.id), "status": .string(outline.erasure == nil ? outline.status : "erased"),
                    "firstSeq": .integer(Int64(outline.seqs.lowerBound)), "lastSeq": .integer(Int64(outline.seqs.upperBound)),
                ])
            }))
            return .success
        }
        if outlines.isEmpty { context.console.out("No cases.") }
        for outline in outlines {
            let status = outline.erasure?.dutchLine ?? outline.status
            context.console.out("\(outline.id)\t\(status)\tseq \(outline.seqs.lowerBound)–\(outline.seqs.upperBound)")
        }
        if outlines.contains(where: { $0.erasure == nil }) {
            context.console.out("(content sealed: `case list --as ID` shows the child, phase and findings of the cases ID reads)")
        }
        return .success
    }

    private static func line(_ summary: CaseSummary) -> String {
        let child = summary.child.map { "\($0.name)\($0.group.map { " (\($0))" } ?? "")" } ?? "?"
        return "\(summary.id)\t\(child)\t\(summary.phase.rawValue)\tseq \(summary.firstSeq)–\(summary.lastSeq)\t\(summary.findings.count) findings"
    }

    private static func json(_ summary: CaseSummary) -> JSONValue {
        .object([
            "id": .string(summary.id), "status": .string(summary.phase.rawValue), "child": summary.child?.json ?? .null,
            "firstSeq": .integer(Int64(summary.firstSeq)), "lastSeq": .integer(Int64(summary.lastSeq)),
            "findings": .integer(Int64(summary.findings.count)),
        ])
    }
}
