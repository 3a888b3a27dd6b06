import Foundation
import Ledger

/// `logboek append`: records raw events (one, or a batch from a JSON Lines file).
enum AppendCommand: Command {
    static let spec = CommandSpec(
        path: ["append"], abstract: "Append a signed event (or a batch of events) to the log.",
        options: [
            OptionSpec(name: "type", valueName: "TYPE", help: "The event type, e.g. note.recorded."),
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
            random salt; a payload must not carry one. Numbers must be integers.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let drafts = try readDrafts(arguments)
        let groupSize = try arguments.count("group-size") ?? drafts.count
        guard groupSize > 0 else { throw UsageError(message: "--group-size must be at least 1", command: spec.name) }
        let signer = try Signer.load(arguments, context)
        let writer = try Signer.openWriter(arguments, context)
        try writer.check(drafts, author: signer.actor, signingKey: signer.key)
        for start in stride(from: 0, to: drafts.count, by: groupSize) {
            let group = Array(drafts[start..<min(drafts.count, start + groupSize)])
            let events = try writer.append(group, author: signer.actor, signingKey: signer.key)
            report(events, batch: arguments.value("batch") != nil, arguments, context)
        }
        return .success
    }

    private static func report(_ events: [Event], batch: Bool, _ arguments: ParsedArguments, _ context: Context) {
        guard let first = events.first, let last = events.last else { return }
        switch (batch, arguments.flag("json")) {
        case (false, true):
            context.console.json(EventSummary.json(first))
        case (false, false):
            context.console.out("Recorded seq \(first.header.seq) (\(first.header.type)) in \(first.header.stream), hash \(first.hashHex)")
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
            return try DraftInput.batch(try InputFile.read(batch))
        }
        let payload = try arguments.value("payload").map { try DraftInput.object(try InputFile.read($0), what: "the payload") } ?? [:]
        return [EventDraft(
            type: try arguments.required("type"), stream: try arguments.required("stream"), payload: payload,
            expectedVersion: try arguments.count("expect-version"))]
    }
}

/// Reading a file argument, where `-` means standard input.
enum InputFile {
    /// The bytes of `path`, or of standard input for `-`.
    static func read(_ path: String) throws -> [UInt8] {
        if path == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LedgerError.io(operation: "read", path: path, reason: "no such file, or not readable")
        }
        return [UInt8](data)
    }
}

/// Turning JSON text from the user into drafts, with messages that point at the problem.
enum DraftInput {
    /// A JSON object, strictly parsed (no floats, no duplicate keys).
    static func object(_ bytes: [UInt8], what: String) throws -> [String: JSONValue] {
        let value: JSONValue
        do {
            value = try CanonicalJSON.parse(bytes)
        } catch {
            throw LedgerError.invalidInput("\(what) is not valid JSON for the log: \(error.message)")
        }
        guard let object = value.objectValue else { throw LedgerError.invalidInput("\(what) must be a JSON object") }
        return object
    }

    /// The drafts of a JSON Lines batch, one per non-empty line.
    static func batch(_ bytes: [UInt8]) throws -> [EventDraft] {
        var drafts = [EventDraft]()
        for (index, line) in bytes.split(separator: 0x0A).enumerated() where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
            let object = try self.object(Array(line), what: "batch line \(index + 1)")
            guard let type = object["type"]?.stringValue, let stream = object["stream"]?.stringValue,
                  let payload = (object["payload"] ?? .object([:])).objectValue else {
                throw LedgerError.invalidInput("batch line \(index + 1) needs \"type\" and \"stream\" strings and a \"payload\" object")
            }
            let unknown = Set(object.keys).subtracting(["type", "stream", "payload", "expectVersion"])
            guard unknown.isEmpty else {
                throw LedgerError.invalidInput("batch line \(index + 1) has unknown members: \(unknown.sorted().joined(separator: ", "))")
            }
            let expected = object["expectVersion"].flatMap(\.integerValue).map(Int.init)
            drafts.append(EventDraft(type: type, stream: stream, payload: payload, expectedVersion: expected))
        }
        guard !drafts.isEmpty else { throw LedgerError.invalidInput("the batch holds no events") }
        return drafts
    }
}
