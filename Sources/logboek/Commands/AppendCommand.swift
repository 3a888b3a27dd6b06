import Foundation
import Ledger
import Meldcode

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
            OptionSpec(name: "group-size", valueName: "N", help: "With --batch: events per synced commit (default 2000, at most 10000)."),
            OptionSpec(name: "from-line", valueName: "N", help: "With --batch: skip the input lines before line N (to resume a batch)."),
            CommonOptions.json,
        ] + CommonOptions.signing,
        discussion: """
            A batch line is {"type":…,"stream":…,"payload":{…}} with an optional "expectVersion". The batch is
            read, checked and written a group at a time (--group-size events, fewer when their lines are long),
            so a batch of any length needs the memory of one group (and of the cases it goes into): each group
            is checked in full and then written and synced as one commit, and reported on standard output as
            soon as it is durable ("Committed seq A–B (lines X–Y)"; with --json one object per group). A group
            is all or nothing. If a line is refused or a write fails, the groups before it stay committed and
            nothing of the failing group is written: the error names the line, the lines and seqs already
            committed and the --from-line to resume with after fixing the input; the exit status is that of the
            error (1 refused, 3 environment). A batch of at most one group is all or nothing. The logbook adds
            each payload's random salt; a payload must not carry one. Numbers must be integers. Meldcode event
            types are checked exactly as `logboek record` checks them (see `logboek schema TYPE`).
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        if let batch = arguments.value("batch") { return try appendBatch(batch, arguments, context) }
        for batchOnly in ["group-size", "from-line"] where arguments.value(batchOnly) != nil {
            throw UsageError(message: "--\(batchOnly) is only for --batch", command: spec.name)
        }
        let payload = try arguments.value("payload").map { try DraftInput.object(try InputFile.read($0, as: .payload), what: "the payload") } ?? [:]
        let draft = EventDraft(
            type: try arguments.required("type"), stream: try arguments.required("stream"), payload: payload,
            expectedVersion: try arguments.count("expect-version"))
        let event = try Signer.checkedAppend([draft], arguments, context, checkingLedgerNow: false).append([draft])[0]
        EventSummary.reportRecorded(event, json: arguments.flag("json"), context)
        return .success
    }

    /// Appends a JSON Lines batch group by group; on an error, says what the groups before it committed.
    private static func appendBatch(_ path: String, _ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
        for conflicting in ["type", "stream", "payload", "expect-version"] where arguments.value(conflicting) != nil {
            throw UsageError(message: "--\(conflicting) cannot be combined with --batch", command: spec.name)
        }
        let groupSize = try arguments.count("group-size") ?? BatchReader.defaultGroupSize
        guard (1...BatchReader.maximumGroupSize).contains(groupSize) else {
            throw UsageError(message: "--group-size must be from 1 to \(BatchReader.maximumGroupSize)", command: spec.name)
        }
        let firstLine = try arguments.count("from-line") ?? 1
        guard firstLine >= 1 else { throw UsageError(message: "--from-line must be at least 1", command: spec.name) }
        var reader = try BatchReader(path, from: firstLine)
        let signer = try Signer.load(arguments, context)
        var batch = BatchAppend(writer: try Signer.openWriter(arguments, context), author: signer.actor, keys: signer.keys)
        var committed: BatchProgress?
        do {
            while let group = try reader.next(upTo: groupSize) {
                let events: [Event]
                do {
                    events = try batch.append(group.drafts, now: SystemClock().now())
                } catch let refusal as BatchAppend.Refusal {
                    throw BatchLineError(line: group.lines[refusal.index], underlying: refusal.underlying)
                }
                let progress = BatchProgress(
                    lines: group.lines[0]...group.lines[group.lines.count - 1], seqs: events[0].header.seq...events[events.count - 1].header.seq)
                report(progress, arguments, context)
                committed = BatchProgress(
                    lines: (committed?.lines.lowerBound ?? progress.lines.lowerBound)...progress.lines.upperBound,
                    seqs: (committed?.seqs.lowerBound ?? progress.seqs.lowerBound)...progress.seqs.upperBound)
            }
        } catch var error as BatchLineError {
            error.committed = committed
            throw error
        } catch {
            throw BatchLineError(line: nil, underlying: error, committed: committed)
        }
        guard committed != nil else {
            throw LedgerError.invalidInput(firstLine > 1 ? "the batch holds no events from line \(firstLine) on" : "the batch holds no events")
        }
        return .success
    }

    /// Reports one committed group of a batch.
    private static func report(_ progress: BatchProgress, _ arguments: ParsedArguments, _ context: Context) {
        if arguments.flag("json") {
            context.console.json(.object([
                "first": .integer(Int64(progress.seqs.lowerBound)), "last": .integer(Int64(progress.seqs.upperBound)),
                "firstLine": .integer(Int64(progress.lines.lowerBound)), "lastLine": .integer(Int64(progress.lines.upperBound)),
            ]))
        } else {
            context.console.out(
                "Committed seq \(progress.seqs.lowerBound)–\(progress.seqs.upperBound) (lines \(progress.lines.lowerBound)–\(progress.lines.upperBound))")
        }
    }
}
