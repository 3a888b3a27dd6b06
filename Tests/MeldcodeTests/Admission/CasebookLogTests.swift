import Foundation
import Ledger
import Testing
@testable import Meldcode

/// The fold works on a real log: the fixture case is appended through admission, verifies, and folding
/// the log gives the casebook that admitting the drafts built.
@Suite("Casebook on a real log")
struct CasebookLogTests {
    @Test("The whole fixture case is appended in batches, verifies, and folds back to the same casebook (issue 4)")
    func wholeCase() throws {
        let logbook = try MeldcodeLogbook()
        let drafts = CaseFixture.drafts
        try logbook.record(Array(drafts.prefix(10)))
        try logbook.record(Array(drafts.dropFirst(10)))
        let report = try Verifier().verify(logAt: logbook.layout.log)
        #expect(report.isValid)
        #expect(try logbook.casebook() == (try CaseFixture.casebook(after: drafts.count)))
        #expect(try logbook.casebook().cases["2026-001"]?.status == .redirected)
        try logbook.keepForSchemaValidation()
    }

    @Test("A refused batch leaves the log byte-identical (issue 4; seed 002 line 74)")
    func refusedBatch() throws {
        let logbook = try MeldcodeLogbook()
        try logbook.record([CaseFixture.drafts[0]])
        let before = try logbook.bytes
        let unsourced = try CaseFixture.draft("signal.recorded", changing: ["source": .object(["kind": .string("third-party")])])
        #expect(throws: MeldcodeError.self) { try logbook.record([CaseFixture.drafts[1], unsourced]) }
        #expect(try logbook.bytes == before)
    }

    @Test("RecordedEvent carries a sealed event's header fields and payload")
    func recordedFromEvent() throws {
        let logbook = try MeldcodeLogbook()
        let event = try #require(try logbook.record([CaseFixture.drafts[0]]).first)
        let recorded = RecordedEvent(event)
        #expect(recorded.seq == 4 && recorded.type == "case.opened" && recorded.stream == "case/2026-001")
        #expect(recorded.author == "ib.devries" && recorded.recordedAt == CaseFixture.now)
        #expect(recorded.payload["childName"] == .string("Sara de Boer") && recorded.payload["salt"] != nil)
    }
}
