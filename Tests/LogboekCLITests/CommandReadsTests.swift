import Foundation
import Ledger
import Meldcode
import Testing
@testable import logboek

/// `record`, `case show`, `report` and `status` run in-process on a copy of the example school, keeping the session each
/// opens: each reads the log at most once (every stream read once, the whole log passed through only by a report,
/// which verifies it), opens each case's keys and decrypts each of its payloads once, and puts what it showed on the
/// record once (one `case.viewed` per case shown, in the command's one append).
@Suite("One read per command")
struct CommandReadsTests {
    /// A command run in-process, with the sessions it opened (each holds its writer and lock until dropped).
    private struct Run {
        /// The sessions, in the order the command opened them.
        let sessions: [CaseSession]
        /// The events the command appended.
        let appended: [Event]

        /// The one session of a command that opens one.
        var session: CaseSession {
            get throws { try #require(sessions.count == 1 ? sessions.first : nil, "the command opened \(sessions.count) sessions") }
        }
    }

    /// Every event of a logbook's log, read without its lock.
    private static func events(in logbook: URL) throws -> [Event] {
        var events = [Event]()
        let report = try Verifier().verify(logAt: LogbookLayout(directory: logbook).log, onEvent: { events.append($0) })
        try #require(report.isValid)
        return events
    }

    /// The number of events of each stream of a logbook.
    private static func versions(in logbook: URL) throws -> [String: Int] {
        Dictionary(try events(in: logbook).map { ($0.header.stream, 1) }, uniquingKeysWith: +)
    }

    /// Runs `logboek words` as the example's coordinator, in this process, as the dispatcher does.
    private static func run(_ words: [String], _ command: any Command.Type, in logbook: URL) throws -> Run {
        let before = try events(in: logbook).count
        var sessions = [CaseSession]()
        let context = Context(
            environment: ["LOGBOEK_DIR": logbook.path, "LOGBOEK_PASSPHRASE": ExampleLogbook.reader.passphrase],
            openSession: { signer, arguments, context in
                let session = try CaseReading.open(as: signer, arguments, context)
                sessions.append(session)
                return session
            })
        let rest = Array(words.dropFirst(command.spec.path.count)) + ["--as", ExampleLogbook.reader.id]
        let code = try command.run(try ContentFile.resolve(try ParsedArguments(rest, spec: command.spec(for: rest))), context: context)
        try #require(code == .success)
        return Run(sessions: sessions, appended: Array(try events(in: logbook).dropFirst(before)))
    }

    /// What a session's writer read: no pass over the whole log (unless `passes`), each stream at most once, stream
    /// `logbook` once (its lines once: profiles, grants and erasures all come from that one read), and no case's stream
    /// but those named.
    private static func expectLogRead(_ session: CaseSession, passes: Int = 0, caseStreams: Set<String>, in versions: [String: Int]) {
        let counts = session.writer.counts
        #expect(counts.passes == passes, "\(counts)")
        #expect(counts.streamReads.values.allSatisfy { $0 == 1 }, "\(counts)")
        #expect(counts.streamReads[RegistryEvent.stream] == 1 && counts.linesRead[RegistryEvent.stream] == versions[RegistryEvent.stream], "\(counts)")
        #expect(Set(counts.streamReads.keys).subtracting([RegistryEvent.stream]).isSubset(of: caseStreams), "\(counts)")
    }

    /// What a session's path to case content did: each case of `versions` read from the log and opened once, its key
    /// copy opened once and each of its payloads decrypted once; no other case touched.
    private static func expectOpenedOnce(_ session: CaseSession, _ versions: [String: Int]) {
        let content = session.content
        #expect(content.reads == versions.mapValues { _ in 1 })
        #expect(content.keyOpenings == versions.mapValues { _ in 1 })
        #expect(content.decryptions == versions)
    }

    @Test("`case show` reads stream logbook and the case once, opens the case's key and decrypts each of its events once, and records one read")
    func caseShow() throws {
        let logbook = try ExampleLogbook.copy()
        let id = "2026-014", stream = CaseStream.name(of: "2026-014")
        let versions = try Self.versions(in: logbook)
        let version = try #require(versions[stream])
        let run = try Self.run(["case", "show", id, "--json"], CaseShowCommand.self, in: logbook)
        let session = try run.session
        Self.expectLogRead(session, caseStreams: [stream], in: versions)
        let lines = session.writer.counts.linesRead
        // The case's first line once more: who opened it, from its header, checked before any of its content is read.
        #expect(lines[stream] == version + 1, "\(lines)")
        // Of the rest of the log at most its last line, whose time the case is judged at.
        #expect(lines.filter { $0.key != stream && $0.key != RegistryEvent.stream }.values.reduce(0, +) <= 1, "\(lines)")
        Self.expectOpenedOnce(session, [id: version])
        #expect(session.writer.counts.batchesWritten == 1)
        #expect(run.appended.map(\.header.type) == [EventType.caseViewed.rawValue] && run.appended.map(\.header.stream) == [stream])
    }

    @Test(
        "`report` passes through the log once, verifying it, opens the case from that pass (its stream is not read again), and records its read and issue in one append",
        arguments: [("dossier", "2026-014", false), ("veilig-thuis", "2026-019", true), ("ouders", "2026-011", false)])
    func report(kind: String, id: String, issued: Bool) throws {
        let logbook = try ExampleLogbook.copy()
        let stream = CaseStream.name(of: id)
        let versions = try Self.versions(in: logbook)
        let version = try #require(versions[stream])
        let out = try TemporaryFolder.make().appendingPathComponent("report.html")
        let issue = issued ? ["--issue-to", "Veilig Thuis IJsselland"] : []
        let run = try Self.run(["report", kind, "--case", id, "--out", out.path] + issue, ReportCommand.self, in: logbook)
        let session = try run.session
        Self.expectLogRead(session, passes: 1, caseStreams: [], in: versions)
        // Of the case's lines only the first header, for who opened it: its events come from the pass.
        #expect(session.writer.counts.linesRead[stream] == 1, "\(session.writer.counts)")
        Self.expectOpenedOnce(session, [id: version])
        #expect(session.writer.counts.batchesWritten == 1)
        let types = [EventType.caseViewed] + (issued ? [EventType.reportIssued] : [])
        #expect(run.appended.map(\.header.type) == types.map(\.rawValue) && run.appended.allSatisfy { $0.header.stream == stream })
    }

    @Test("`record` reads stream logbook and the case once, opens the case's key and decrypts each of its events once, and appends its event alone")
    func record() throws {
        let logbook = try ExampleLogbook.copy()
        let id = "2026-014", stream = CaseStream.name(of: "2026-014")
        let versions = try Self.versions(in: logbook)
        let version = try #require(versions[stream])
        let today = CalendarDay(SystemClock().now()).description
        let run = try Self.run(
            ["record", "note.recorded", "--case", id, "--text", "Moeder gebeld.", "--contact-on", today, "--json"], RecordCommand.self, in: logbook)
        let session = try run.session
        Self.expectLogRead(session, caseStreams: [stream], in: versions)
        // The case's lines once, and its first line once more for who opened it (the access check, from the header).
        #expect(session.writer.counts.linesRead == [RegistryEvent.stream: versions[RegistryEvent.stream] ?? 0, stream: version + 1])
        Self.expectOpenedOnce(session, [id: version])
        #expect(session.writer.counts.batchesWritten == 1)
        #expect(run.appended.map(\.header.type) == [EventType.noteRecorded.rawValue] && run.appended.map(\.header.stream) == [stream])
    }

    @Test("`status` reads each case once (its events, or its sealed summary and the reads recorded since), decrypts no event of a case whose summary holds, and records the reads in one append")
    func status() throws {
        let logbook = try ExampleLogbook.copy()
        let versions = try Self.versions(in: logbook).filter { $0.key.hasPrefix(CaseStream.prefix) }
        let ids = versions.keys.compactMap { CaseStream.caseID(of: $0) }.sorted()
        try #require(ids.count == 3)
        for round in 1...2 {
            let run = try Self.run(["status", "--json"], StatusCommand.self, in: logbook)
            let session = try run.session
            let content = session.content, counts = session.writer.counts
            Self.expectLogRead(session, caseStreams: Set(versions.keys), in: try Self.versions(in: logbook))
            // A case's key is opened once: to read it (its summary, or its events when there is none yet) and to seal
            // its read, held in the session's guarded arena in between.
            #expect(content.keyOpenings == Dictionary(uniqueKeysWithValues: ids.map { ($0, 1) }))
            if round == 1 {
                // No summary yet: each case read from the log and opened once, each payload decrypted once.
                #expect(content.reads == Dictionary(uniqueKeysWithValues: ids.map { ($0, 1) }))
                #expect(content.decryptions == Dictionary(uniqueKeysWithValues: ids.map { ($0, versions[CaseStream.name(of: $0)] ?? 0) }))
                // Each case's lines once and its first header once more, and the log's last line once (the moment the
                // cases are judged at).
                let caseLines = counts.linesRead.filter { $0.key.hasPrefix(CaseStream.prefix) }.values.reduce(0, +)
                #expect(caseLines == versions.values.reduce(0, +) + ids.count + 1, "\(counts)")
            } else {
                // The summaries the first round stored hold: no event is opened through the content, and of each case's
                // lines only its first header (who opened it, for the access check) and the read recorded since are read.
                #expect(content.reads.isEmpty && content.decryptions.isEmpty, "\(content.reads) \(content.decryptions)")
                #expect(counts.linesRead.filter { $0.key.hasPrefix(CaseStream.prefix) } == Dictionary(uniqueKeysWithValues: ids.map { (CaseStream.name(of: $0), 2) }))
            }
            #expect(counts.batchesWritten == 1)
            #expect(run.appended.map(\.header.type) == ids.map { _ in EventType.caseViewed.rawValue })
            #expect(run.appended.map(\.header.stream) == ids.map { CaseStream.name(of: $0) })
        }
    }
}
