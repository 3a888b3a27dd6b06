import Foundation
import Ledger
import Testing
@testable import Meldcode

/// The sealed per-case summaries listings read: equal to the full replay of the events, rebuilt when missing, stale
/// or damaged, carried over later reads, holding no plaintext, and gone with an erased case's keys.
@Suite("Case summaries")
struct CaseSummaryTests {
    private static let day = CalendarDay(CaseFixture.now)

    /// Case 2026-001 as the fixture has it up to the melding (Veilig Thuis's feedback pending), and two small cases.
    private static func logbook() throws -> MeldcodeLogbook {
        let logbook = try MeldcodeLogbook()
        try append(Array(CaseFixture.drafts.prefix(19)), to: logbook)
        let opened = CaseFixture.drafts[0], signal = CaseFixture.drafts[1]
        try append([
            EventDraft(type: opened.type, stream: "case/2026-002", payload: opened.payload),
            EventDraft(type: signal.type, stream: "case/2026-002", payload: signal.payload),
            EventDraft(type: opened.type, stream: "case/2026-003", payload: opened.payload),
        ], to: logbook)
        return logbook
    }

    private static func append(_ drafts: [EventDraft], as actor: String = CaseFixture.author, to logbook: MeldcodeLogbook) throws {
        let writer = try LogWriter(opening: logbook.layout, clock: FixedClock(CaseFixture.now), lockTimeout: 0, rules: CaseAuthority())
        _ = try CheckedAppend(drafts, writer: writer, author: actor, keys: try keys(actor), now: CaseFixture.now).append(drafts)
    }

    private static func keys(_ actor: String) throws -> ActorKeys {
        ActorKeys(signing: try MeldcodeLogbook.key(actor), encryption: try MeldcodeLogbook.encryptionKey(actor))
    }

    private static func session(_ logbook: MeldcodeLogbook, as actor: String = CaseFixture.author) throws -> CaseSession {
        let writer = try LogWriter(opening: logbook.layout, clock: FixedClock(CaseFixture.now), lockTimeout: 0, rules: CaseAuthority())
        return try CaseSession(writer: writer, reader: actor, keys: try keys(actor), clock: FixedClock(CaseFixture.now))
    }

    /// A listing in a session of its own: the summaries and the cases whose events it read.
    private static func listing(_ logbook: MeldcodeLogbook, on day: CalendarDay = day) throws -> (summaries: [CaseSummary], reads: [String: Int]) {
        let session = try session(logbook)
        var summaries = [CaseSummary]()
        try session.forEachSummary(on: day) { summaries.append($0) }
        return (summaries, session.content.reads)
    }

    /// The listing as the full replay of every case's events gives it.
    private static func replay(_ logbook: MeldcodeLogbook, on day: CalendarDay = day) throws -> [CaseSummary] {
        var summaries = [CaseSummary]()
        try session(logbook).forEachSnapshot(on: day) { summaries.append(CaseSummary($0)) }
        return summaries
    }

    private static func summaryFile(_ logbook: MeldcodeLogbook, _ id: String) -> URL {
        SealedSummaries(layout: logbook.layout).directory.appendingPathComponent(id)
    }

    /// The bytes of each case's stored summary: each write seals with a fresh nonce, so a summary written again differs.
    private static func summaryBytes(_ logbook: MeldcodeLogbook) throws -> [String: Data] {
        try Dictionary(uniqueKeysWithValues: ["2026-001", "2026-002", "2026-003"].map { ($0, try Data(contentsOf: summaryFile(logbook, $0))) })
    }

    /// A listing in a session of its own with its reads put on the record, as `status` does it; checked against the
    /// replay of the log before the reads.
    private static func recordedListing(_ logbook: MeldcodeLogbook, as actor: String = CaseFixture.author) throws {
        let replayed = try replay(logbook)
        let session = try session(logbook, as: actor)
        var summaries = [CaseSummary]()
        try session.forEachSummary(on: day) { summaries.append($0) }
        #expect(summaries == replayed)
        try session.recordViews(command: "status")
    }

    @Test("A listing equals the full replay: first from the events (writing summaries), then from summaries alone, reads recorded in one append")
    func equalsReplay() throws {
        let logbook = try Self.logbook()
        let first = try Self.listing(logbook)
        let replayed = try Self.replay(logbook)
        #expect(first.summaries.count == 3 && first.summaries == replayed)
        #expect(first.reads == ["2026-001": 1, "2026-002": 1, "2026-003": 1])
        #expect(replayed.first?.pendingActions.map(\.kind) == [.veiligThuisFeedback] && replayed.first?.child?.name == "Sara de Boer")
        for id in ["2026-001", "2026-002", "2026-003"] { #expect(FileManager.default.fileExists(atPath: Self.summaryFile(logbook, id).path)) }

        let before: Int
        do {
            let second = try Self.session(logbook)
            var listed = [CaseSummary]()
            try second.forEachSummary(on: Self.day) { listed.append($0) }
            #expect(listed == replayed && second.content.reads.isEmpty)
            before = second.writer.state.nextSeq
            try second.recordViews(command: "status")
            #expect(second.writer.state.nextSeq == before + 3)
            #expect(try (before..<(before + 3)).map { try second.writer.event(atSeq: $0).header.type } == Array(repeating: "case.viewed", count: 3))
        }
        let third = try Self.listing(logbook)
        #expect(third.reads.isEmpty && third.summaries.map(\.lastSeq) == [before, before + 1, before + 2])
        let replayedAfterReads = try Self.replay(logbook)
        #expect(third.summaries == replayedAfterReads)
    }

    @Test("A summary missing, damaged or behind its case's events (not only reads) is rebuilt from the events, and equals the replay")
    func rebuilt() throws {
        let logbook = try Self.logbook()
        _ = try Self.listing(logbook)
        let note = EventDraft(type: "note.recorded", stream: "case/2026-002", payload: [
            "text": .string("Moeder belde."), "contactOn": .string("2026-11-20"),
        ])
        try Self.append([note], to: logbook)
        var damaged = try Data(contentsOf: Self.summaryFile(logbook, "2026-001"))
        damaged[damaged.count - 1] ^= 0x01
        try damaged.write(to: Self.summaryFile(logbook, "2026-001"))
        try FileManager.default.removeItem(at: Self.summaryFile(logbook, "2026-003"))

        let listed = try Self.listing(logbook), replayed = try Self.replay(logbook)
        #expect(listed.summaries == replayed)
        #expect(listed.reads == ["2026-001": 1, "2026-002": 1, "2026-003": 1])
        #expect(try Self.listing(logbook).reads.isEmpty)
    }

    @Test("A summary judged on a day on which other actions are overdue is rebuilt for that day; on a day that judges alike it is used")
    func judgedOnAnotherDay() throws {
        let logbook = try Self.logbook()
        let due = try #require(try Self.replay(logbook).first?.pendingActions.first?.due)
        let onDue = try Self.listing(logbook, on: due)
        let replayedOnDue = try Self.replay(logbook, on: due)
        #expect(onDue.summaries == replayedOnDue && onDue.summaries.first?.overdue.isEmpty == true)
        let dayAfter = due.adding(days: 1)
        let overdue = try Self.listing(logbook, on: dayAfter)
        let replayedOverdue = try Self.replay(logbook, on: dayAfter)
        #expect(overdue.summaries == replayedOverdue && overdue.summaries.first?.overdue.count == 1)
        #expect(overdue.summaries.first?.findings.contains { $0.code == .veiligThuisFeedbackOverdue } == true)
        #expect(overdue.reads == ["2026-001": 1])
        let weekLater = try Self.listing(logbook, on: dayAfter.adding(days: 7))
        let weekReplayed = try Self.replay(logbook, on: dayAfter.adding(days: 7))
        #expect(weekLater.summaries == weekReplayed && weekLater.reads.isEmpty)
    }

    @Test("A listing after a listing writes no summary (its reads are carried over from the listed reads); a new signal rebuilds that case's")
    func listingAfterListing() throws {
        let logbook = try Self.logbook()
        try Self.recordedListing(logbook)
        let written = try Self.summaryBytes(logbook)
        for _ in 0..<3 { try Self.recordedListing(logbook) }
        #expect(try Self.summaryBytes(logbook) == written)
        try Self.append([EventDraft(type: "note.recorded", stream: "case/2026-002", payload: [
            "text": .string("Moeder belde."), "contactOn": .string("2026-11-20"),
        ])], to: logbook)
        try Self.recordedListing(logbook)
        let rebuilt = try Self.summaryBytes(logbook)
        #expect(rebuilt["2026-002"] != written["2026-002"] && rebuilt["2026-001"] == written["2026-001"] && rebuilt["2026-003"] == written["2026-003"])
        try Self.recordedListing(logbook)
        #expect(try Self.summaryBytes(logbook) == rebuilt)
    }

    @Test("Another member's listing carries the summaries over the first reader's listed reads (their signature verifies), and saves its own")
    func anotherReader() throws {
        let logbook = try Self.logbook()
        try Self.recordedListing(logbook)
        try Self.recordedListing(logbook)
        let written = try Self.summaryBytes(logbook)
        try Self.recordedListing(logbook, as: "dir.jansen")
        try Self.recordedListing(logbook)
        #expect(try Self.summaryBytes(logbook) == written)
        let text = try String(contentsOf: logbook.layout.state.appendingPathComponent("listed-reads"), encoding: .utf8)
        #expect(text.hasPrefix("LBR1 \(CaseFixture.author)\n") && text.split(separator: "\n").count == 5)
    }

    @Test("Listed reads carry a summary over until enough have gathered; then it is stored again with them")
    func listedReadsGather() throws {
        let logbook = try Self.logbook()
        try Self.recordedListing(logbook)
        let written = try Self.summaryBytes(logbook)
        for _ in 1..<CaseSession.listedReadsBeforeRewrite { try Self.recordedListing(logbook) }
        #expect(try Self.summaryBytes(logbook) == written)
        try Self.recordedListing(logbook)
        let stored = try Self.summaryBytes(logbook)
        #expect(stored.allSatisfy { written[$0.key] != $0.value })
        try Self.recordedListing(logbook)
        #expect(try Self.summaryBytes(logbook) == stored)
    }

    @Test("A read no listing saved (case show), or a listed-reads file that does not verify, makes the next listing open the reads")
    func readsNotListed() throws {
        let logbook = try Self.logbook()
        try Self.recordedListing(logbook)
        try Self.recordedListing(logbook)
        let written = try Self.summaryBytes(logbook)
        do {
            let session = try Self.session(logbook)
            _ = try session.events(ofCase: "2026-001")
            try session.recordViews(command: "case show")
        }
        try Self.recordedListing(logbook)
        let afterShow = try Self.summaryBytes(logbook)
        #expect(afterShow["2026-001"] != written["2026-001"] && afterShow["2026-002"] == written["2026-002"])

        let file = logbook.layout.state.appendingPathComponent("listed-reads")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("LBR1 \(CaseFixture.author)\n") && !text.contains("Sara"))
        try Data(text.replacingOccurrences(of: "2026-002 ", with: "2026-009 ").utf8).write(to: file)
        try Self.recordedListing(logbook)
        #expect(try Self.summaryBytes(logbook).allSatisfy { afterShow[$0.key] != $0.value })
    }

    @Test("No derived file holds the child's name, a signal's text or the group; the summaries open only with the case's key")
    func noPlaintext() throws {
        let logbook = try Self.logbook()
        _ = try Self.listing(logbook)
        let state = logbook.layout.state
        for file in try FileManager.default.subpathsOfDirectory(atPath: state.path) {
            guard let data = FileManager.default.contents(atPath: state.appendingPathComponent(file).path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("Sara") && !text.contains("blauwe plek") && !text.contains("groep 5") && !text.contains("LL-4711"), "\(file)")
        }
        let store = SealedSummaries(layout: logbook.layout)
        #expect(store.read(of: "case/2026-001", folder: "2026-001", keys: [StreamKey(epoch: 0)]) == nil)
        let keys = try KeyCopyStore(layout: logbook.layout).open("2026-001", as: .actor("ib.devries"), with: try MeldcodeLogbook.encryptionKey("ib.devries"))
        #expect(store.read(of: "case/2026-002", folder: "2026-001", keys: keys) == nil)
        #expect(store.read(of: "case/2026-001", folder: "2026-001", keys: keys) != nil)
    }

    @Test("Erasing a case removes its summary with its keys; a summary restored from a backup is removed and never read")
    func erasure() throws {
        let logbook = try Self.logbook()
        _ = try Self.listing(logbook)
        let file = Self.summaryFile(logbook, "2026-001")
        let backup = try Data(contentsOf: file)
        try Self.append([EventDraft(type: "case.erased", stream: "logbook", payload: [
            "case": .string("2026-001"), "ground": .string("request"), "reason": .string("verzoek op grond van de AVG"),
            "erasedOn": .string("2026-11-22"),
        ])], as: "dir.jansen", to: logbook)
        #expect(!FileManager.default.fileExists(atPath: file.path))
        try backup.write(to: file)
        let session = try Self.session(logbook)
        #expect(!FileManager.default.fileExists(atPath: file.path))
        var skipped = [SkippedCase]()
        var listed = [String]()
        try session.forEachSummary(on: Self.day, skipped: { skipped.append($0) }) { listed.append($0.id) }
        #expect(listed == ["2026-002", "2026-003"])
        #expect(skipped.count == 1 && { if case .erased("2026-001", _) = skipped.first { true } else { false } }())
    }

    @Test("A read cannot carry a summary over when it may settle a finding (a role the profile requires not informed of a melding)")
    func readsThatSettle() throws {
        let summary = try #require(try Self.replay(try Self.logbook()).first)
        #expect(summary.extended(through: summary.lastSeq + 1)?.lastSeq == summary.lastSeq + 1)
        let informed = Finding(.informedRoleNotInformed, caseID: summary.id, seqs: [summary.lastSeq], message: "niet geïnformeerd")
        let unsettled = CaseSummary(
            id: summary.id, child: summary.child, phase: summary.phase, firstSeq: summary.firstSeq, lastSeq: summary.lastSeq,
            pendingActions: summary.pendingActions, findings: [informed], day: summary.day)
        #expect(unsettled.extended(through: summary.lastSeq + 1) == nil)
    }

    @Test("case list without a key: the saved outlines equal the headers, are brought up to date, and are rebuilt when lost or damaged")
    func outlines() throws {
        let logbook = try Self.logbook()
        let writer = { try LogWriter(opening: logbook.layout, clock: FixedClock(CaseFixture.now), lockTimeout: 0, rules: CaseAuthority()) }
        let first = try CaseOutline.all(in: try writer())
        #expect(first.map(\.id) == ["2026-001", "2026-002", "2026-003"] && first.allSatisfy { $0.status == "open" })
        let saved = logbook.layout.state.appendingPathComponent("outlines")
        #expect(FileManager.default.fileExists(atPath: saved.path))
        #expect(try CaseOutline.all(in: try writer()) == first)
        try Self.append([EventDraft(type: "case.closed", stream: "case/2026-003", payload: [
            "reason": .string("handed-over"), "explanation": .string("Veilig Thuis heeft de regie."), "closedOn": .string("2026-11-20"),
        ])], to: logbook)
        let closed = try CaseOutline.all(in: try writer())
        #expect(closed.last?.status == "closed" && closed.last?.closedAt == CaseFixture.now && closed.last?.seqs.upperBound == first.last.map { $0.seqs.upperBound + 1 })
        try Data("2026-003 x\n".utf8).write(to: saved)
        #expect(try CaseOutline.all(in: try writer()) == closed)
        try FileManager.default.removeItem(at: saved)
        #expect(try CaseOutline.all(in: try writer()) == closed)
    }
}
