import Foundation
import Ledger
import Testing
@testable import Meldcode

/// The one read path: a session reads a case once however often it is shown, records each read once, and shows a
/// non-member nothing.
@Suite("Case session")
struct CaseSessionTests {
    private static func logbook() throws -> MeldcodeLogbook {
        let logbook = try MeldcodeLogbook()
        let writer = try LogWriter(opening: logbook.layout, clock: FixedClock(CaseFixture.now), lockTimeout: 0, rules: CaseAuthority())
        let drafts = Array(CaseFixture.drafts.prefix(6))
        _ = try CheckedAppend(drafts, writer: writer, author: CaseFixture.author, keys: try keys(CaseFixture.author), now: CaseFixture.now)
            .append(drafts)
        return logbook
    }

    private static func keys(_ actor: String) throws -> ActorKeys {
        ActorKeys(signing: try MeldcodeLogbook.key(actor), encryption: try MeldcodeLogbook.encryptionKey(actor))
    }

    private static func session(_ logbook: MeldcodeLogbook, as actor: String) throws -> CaseSession {
        let writer = try LogWriter(opening: logbook.layout, clock: FixedClock(CaseFixture.now), lockTimeout: 0, rules: CaseAuthority())
        return try CaseSession(writer: writer, reader: actor, keys: try keys(actor), clock: FixedClock(CaseFixture.now))
    }

    @Test("A case shown three times in one session is put on the record once, through its last seq; a second call records nothing")
    func oneViewPerCase() throws {
        let logbook = try Self.logbook()
        let session = try Self.session(logbook, as: "ib.devries")
        let day = CalendarDay(CaseFixture.now)
        let first = try #require(try session.snapshot(of: "2026-001", on: day))
        _ = try session.snapshot(of: "2026-001", on: day)
        let events = try session.events(ofCase: "2026-001")
        #expect(first.state.id == "2026-001" && events.count == 6)
        let before = session.writer.state.nextSeq
        try session.recordViews(command: "dossier")
        #expect(session.writer.state.nextSeq == before + 1)
        let viewed = try session.writer.event(atSeq: before)
        #expect(viewed.header.type == "case.viewed" && viewed.header.author == "ib.devries")
        let content = try session.content.recorded(viewed)
        #expect(content.payload["through"] == .integer(Int64(before - 1)) && content.payload["command"] == .string("dossier"))
        try session.recordViews(command: "dossier")
        #expect(session.writer.state.nextSeq == before + 1)
    }

    @Test("One session reads and opens a case once: shown, reported on, checked for an append and its read recorded")
    func oneRead() throws {
        let session = try Self.session(try Self.logbook(), as: "ib.devries")
        _ = try session.snapshot(of: "2026-001", on: CalendarDay(CaseFixture.now))
        _ = try session.events(ofCase: "2026-001")
        let source = try ReportSource(case: "2026-001", asOf: nil, in: session)
        #expect(source.snapshot.state.id == "2026-001" && source.contents.count == 6)
        let note = EventDraft(type: "note.recorded", stream: "case/2026-001", payload: ["text": .string("Gebeld."), "contactOn": .string("2026-11-20")])
        _ = try session.checkedAppend([note])
        #expect(session.content.reads == ["2026-001": 1])
        try session.recordViews(command: "report")
        #expect(session.content.reads == ["2026-001": 1])
    }

    @Test("A report's read names the seqs it showed, not the whole case it read")
    func reportSeqs() throws {
        let session = try Self.session(try Self.logbook(), as: "ib.devries")
        _ = try session.events(ofCase: "2026-001")
        session.noteShown(case: "2026-001", seqs: [1, 3])
        let drafts = session.takeViewDrafts(command: "report veilig-thuis")
        #expect(drafts.count == 1 && drafts.first?.payload["events"] == .array([.integer(1), .integer(3)]))
        #expect(drafts.first?.stream == "case/2026-001")
    }

    @Test("A teacher who is not a member is skipped by a listing, refused the case, and records no read")
    func nonMember() throws {
        let session = try Self.session(try Self.logbook(), as: "lk.visser")
        var skipped = [String]()
        var shown = 0
        try session.forEachSnapshot(on: CalendarDay(CaseFixture.now), skipped: { item in
            if case .noAccess(let id) = item { skipped.append(id) }
        }) { _ in shown += 1 }
        #expect(skipped == ["2026-001"] && shown == 0)
        let refused = #expect(throws: LedgerError.self) { try session.snapshot(of: "2026-001", on: CalendarDay(CaseFixture.now)) }
        #expect(refused?.code == "no-access")
        #expect(session.takeViewDrafts(command: "status").isEmpty)
    }
}
