import Foundation
import Ledger

/// `logboek append`: records raw events (one, or a batch from a JSON Lines file).
enum AppendCommand: Command {
    static let spec = CommandSpec(
        path: ["append"], abstract: "Append a signed event (or a batch of events) to the log.",
        options: [
            OptionSpec(name: "type", valueName: "TYPE", help: "The event type, e.g. signal.recorded."),
            OptionSpec(name: "stream", valueName: "STREAM", help: "The stream, e.g. case/2026-004."),
            OptionSpec(name: "expect-version", valueName: "N", help: "Refuse unless the stream holds exactly N events."),
            OptionSpec(name: "payload", valueName: "FILE|-", help: "The payload, a JSON object (default: {})."),
            OptionSpec(name: "batch", valueName: "FILE|-", help: "Append every line of a JSON Lines file instead (see below)."),
            OptionSpec(name: "group-size", valueName: "N", help: "With --batch: events per synced commit (default: all in one)."),
            CommonOptions.json,
        ] + CommonOptions.signing,
        discussion: """
            A batch line is {"type":…,"stream":…,"payload":{…}} with an optional "expectVersion". Every line is
            checked before anything is written; each group of events is then written and synced as one
            commit, and reported on standard output as soon as it is durable. The logbook adds each payload's
            random salt; a payload must not carry one. Numbers must be integers. Meldcode event types are
            checked exactly as `logboek record` checks them (see `logboek schema TYPE`).
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let drafts = try readDrafts(arguments)
        let groupSize = try arguments.count("group-size") ?? drafts.count
        guard groupSize > 0 else { throw UsageError(message: "--group-size must be at least 1", command: spec.name) }
        let checked = try Signer.checkedAppend(drafts, arguments, context, checkingLedgerNow: groupSize < drafts.count)
        for start in stride(from: 0, to: drafts.count, by: groupSize) {
            let group = Array(drafts[start..<min(drafts.count, start + groupSize)])
            let events = try checked.append(group)
            report(events, batch: arguments.value("batch") != nil, arguments, context)
        }
        return .success
    }

    private static func report(_ events: [Event], batch: Bool, _ arguments: ParsedArguments, _ context: Context) {
        guard let first = events.first, let last = events.last else { return }
        switch (batch, arguments.flag("json")) {
        case (false, let json):
            EventSummary.reportRecorded(first, json: json, context)
        case (true, true):
            context.console.json(.object(["first": .integer(Int64(first.header.seq)), "last": .integer(Int64(last.header.seq))]))
        case (true, false):
            context.console.out("Committed seq \(first.header.seq)–\(last.header.seq)")
        }
    }

    private static func readDrafts(_ arguments: ParsedArguments) throws -> [EventDraft] {
        if let batch = arguments.value("batch") {
            for conflicting in ["type", "stream", "payload", "expect-version"] where arguments.value(conflicting) != nil {
                throw UsageError(message: "--\(conflicting) cannot be combined with --batch", command: spec.name)
            }
            return try DraftInput.batch(try InputFile.read(batch, as: .batch))
        }
        let payload = try arguments.value("payload").map { try DraftInput.object(try InputFile.read($0, as: .payload), what: "the payload") } ?? [:]
        return [EventDraft(
            type: try arguments.required("type"), stream: try arguments.required("stream"), payload: payload,
            expectedVersion: try arguments.count("expect-version"))]
    }
}
