import Foundation
import Ledger
import Meldcode
import Sodium

/// `logboek knowledge` and `logboek evaluate` on one long case, timed as the child processes a user would run.
struct CaseFigures {
    /// The case the bench writes.
    static let caseID = "2026-900"
    /// The seq of its first signal (after `logbook.created` and `case.opened`).
    static let firstSignal = 2

    /// The passphrase the bench's writer's keys are sealed with, to read the case as its opener.
    static let passphrase = "bench-geheim-1"

    /// A logbook holding one case of `count` events, all recorded today and sealed as every case is: signals,
    /// consultations that discuss them, the director told of them, notes, and every fifty events a weighing and a
    /// decision (two hundred decisions in 5 000 events); the writer's keys stored so the commands read as them.
    static func logbook(events count: Int, in figures: LogbookFigures) throws -> LogbookLayout {
        let layout = try figures.create(named: "case-\(count)")
        try KeyStore(layout: layout).store(
            figures.key, encryptionKey: figures.encryptionKey, for: figures.author, passphrase: try SecretBytes(copying: passphrase))
        let writer = try LogWriter(opening: layout, rules: CaseAuthority())
        let keys = ActorKeys(signing: figures.key, encryption: figures.encryptionKey)
        let drafts = [opened] + (2..<count).map(draft)
        for start in stride(from: 0, to: drafts.count, by: 10_000) {
            let group = Array(drafts[start..<min(start + 10_000, drafts.count)])
            _ = try CheckedAppend(group, writer: writer, author: figures.author, keys: keys, now: SystemClock().now()).append(group)
        }
        return layout
    }

    /// The timings: the median wall-clock milliseconds of five runs of each command, read as `reader` with their
    /// keys unlocked (`logboek unlock`), so the figure is the command's own work and not the passphrase's Argon2id
    /// (each run records its read, `case.viewed`, as every read of case content does).
    static func measure(_ layout: LogbookLayout, as reader: String) throws -> [(name: String, milliseconds: Double)] {
        let commands = [
            ("knowledge --seq N", ["knowledge", "--case", caseID, "--seq", "\(firstSignal)", "--json"]),
            ("knowledge --person ID", ["knowledge", "--case", caseID, "--person", "dir.jansen", "--json"]),
            ("knowledge (school first knew)", ["knowledge", "--case", caseID, "--json"]),
            ("evaluate", ["evaluate", "--case", caseID, "--json"]),
        ]
        let logbook = ["--logbook", layout.directory.path]
        _ = try time(["unlock", "--as", reader, "--minutes", "10", "--user-wide"] + logbook, passphrase: passphrase)
        defer { _ = try? time(["lock", "--as", reader] + logbook) }
        return try commands.map { name, arguments in
            let runs = try (0..<5).map { _ in try time(arguments + logbook + ["--as", reader]) }
            return (name, runs.sorted()[2] * 1000)
        }
    }

    /// Runs `logboek` as a child process, its output discarded, and returns its wall-clock seconds; it must succeed.
    private static func time(_ arguments: [String], passphrase: String? = nil) throws -> Double {
        let run = try TimedRun.run(arguments, environment: passphrase.map { ["LOGBOEK_PASSPHRASE": $0] } ?? [:])
        guard run.status == 0 else { throw CocoaError(.executableLoad, userInfo: ["arguments": arguments.joined(separator: " ")]) }
        return run.seconds
    }

    private static let stream = "case/\(caseID)"

    /// The day (UTC) the bench runs: the writer records every event now, and a school records promptly, so
    /// every event happened today (records made long after the fact are findings, each one more line of output).
    private static let today = String(ISO8601DateFormatter().string(from: Date()).prefix(10))

    private static let opened = EventDraft(type: EventType.caseOpened.rawValue, stream: stream, payload: [
        "childRef": .string("B-1"), "childName": .string("Bench"), "birthDate": .string("2015-03-12"), "reason": .string("Bench."),
        "openedOn": .string(today),
    ])

    private static func draft(_ seq: Int) -> EventDraft {
        let day = today
        let recent = JSONValue.array((max(firstSignal, seq - 10)..<seq).filter { $0 % 10 < 6 }.map { .integer(Int64($0)) })
        switch (seq % 10, (seq / 10) % 5) {
        case (6, _):
            return EventDraft(type: EventType.consultationHeld.rawValue, stream: stream, payload: [
                "kind": .string("intern-begeleider"), "heldOn": .string(day), "participants": list("ib.devries", "lk.bakker"), "anonymous": .bool(false),
                "signalsDiscussed": recent, "advice": .string("Volgen."),
            ])
        case (7, _):
            return EventDraft(type: EventType.informationShared.rawValue, stream: stream, payload: [
                "sharedBy": .string("ib.devries"), "recipients": .array([.object(["kind": .string("actor"), "actor": .string("dir.jansen")])]), "sharedOn": .string(day), "means": .string("gesprek"),
                "events": recent, "about": .string("De signalen."),
            ])
        case (9, 0):
            return EventDraft(type: EventType.weighingRecorded.rawValue, stream: stream, payload: [
                "weighedOn": .string(day), "afweging1": .string("strong-suspicion"), "afweging2": .string("no"), "participants": list("dir.jansen", "ib.devries"),
                "rationale": .string("Geen acute onveiligheid."),
            ])
        case (9, 2):
            return EventDraft(type: EventType.decisionRecorded.rawValue, stream: stream, payload: [
                "question": .string("afweging-3"), "answer": .string("yes"), "decidedOn": .string(day), "decidedBy": list("dir.jansen"), "consulted": list("ib.devries"),
                "rationale": .string("Hulp is mogelijk."),
            ])
        case (8, _), (9, _):
            return EventDraft(type: EventType.noteRecorded.rawValue, stream: stream, payload: ["text": .string("Contact."), "contactOn": .string(day)])
        default:
            return EventDraft(type: EventType.signalRecorded.rawValue, stream: stream, payload: [
                "description": .string("Signaal \(seq)."), "observedOn": .string(day), "kind": .string("observation"), "stance": .string("supports"),
                "source": .object(["kind": .string("self")]),
            ])
        }
    }

    private static func list(_ items: String...) -> JSONValue { .array(items.map { .string($0) }) }
}
