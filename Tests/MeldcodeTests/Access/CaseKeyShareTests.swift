import Foundation
import Ledger
import Testing
@testable import Meldcode

/// Someone who becomes a coordinator reads the cases already open at once: enrolled in a coordinating role, or
/// holding a role an adopted profile makes coordinating, they are sealed the keys of every case the signer reads,
/// with the rest of the append's key work; a teacher enrolled gets nothing.
@Suite("Case keys for new coordinators")
struct CaseKeyShareTests {
    private static let caseID = "2026-001"

    private static func logbookWithCase() throws -> MeldcodeLogbook {
        let logbook = try MeldcodeLogbook()
        try KeyWorkSteps.append(Array(CaseFixture.drafts.prefix(6)), as: CaseFixture.author, to: logbook)
        return logbook
    }

    private static func enrolment(_ id: String, _ role: Role) throws -> EventDraft {
        EventDraft(.actorEnrolled(try ActorProfile(
            id: id, name: id, roles: [role], isAdministrator: false, qualifications: [], publicKey: try MeldcodeLogbook.key(id).publicKey,
            encryptionKey: try MeldcodeLogbook.encryptionKey(id).publicKey)))
    }

    private static func read(as actor: String, _ logbook: MeldcodeLogbook) throws -> [RecordedEvent] {
        try CaseContent(writer: try KeyWorkSteps.writer(logbook), holder: .actor(actor), secret: try MeldcodeLogbook.encryptionKey(actor), rule: .standard)
            .events(ofCase: caseID)
    }

    private static func holders(_ logbook: MeldcodeLogbook) throws -> Set<KeyHolder> {
        Set(try KeyCopyStore(layout: logbook.layout).copies(in: caseID).map(\.holder))
    }

    @Test("an IB'er enrolled after the case was opened reads it at once; a teacher enrolled after it holds no copy")
    func enrolledCoordinator() throws {
        let logbook = try Self.logbookWithCase()
        try KeyWorkSteps.append([try Self.enrolment("ib.nieuw", .internBegeleider)], as: "dir.jansen", to: logbook)
        #expect(try Self.read(as: "ib.nieuw", logbook).count == 6)
        try KeyWorkSteps.append([try Self.enrolment("lk.nieuw", .leerkracht)], as: "dir.jansen", to: logbook)
        #expect(try !Self.holders(logbook).contains(.actor("lk.nieuw")))
        #expect(throws: LedgerError.self) { try Self.read(as: "lk.nieuw", logbook) }
    }

    @Test("a profile that makes the teachers' role coordinating seals the case to a teacher who was no member")
    func profileMakesCoordinators() throws {
        let logbook = try Self.logbookWithCase()
        #expect(throws: LedgerError.self) { try Self.read(as: "lk.visser", logbook) }
        var draft = ProfileAdoption.draft(adopting: .klimtoren, reason: "de leerkrachten coördineren mee")
        guard case .object(var profile)? = draft.payload[.profile], case .object(var access)? = profile["access"],
              case .array(let coordinators)? = access["coordinators"] else {
            Issue.record("the adoption has no access rule")
            return
        }
        access["coordinators"] = .array(coordinators + [.string(Role.leerkracht.rawValue)])
        profile["access"] = .object(access)
        draft = EventDraft(type: draft.type, stream: draft.stream, payload: draft.payload.merging([String: JSONValue](fields: [.profile: .object(profile)])) { $1 })
        try KeyWorkSteps.append([draft], as: "dir.jansen", to: logbook)
        #expect(try Self.read(as: "lk.visser", logbook).count == 6)
    }

    @Test("an enrolment killed after its copies and before its event leaves no copy; the retry seals the case again")
    func killedEnrolment() throws {
        let logbook = try Self.logbookWithCase()
        let enrolment = [try Self.enrolment("ib.nieuw", .internBegeleider)]
        try KeyWorkSteps.killedBeforeAppend(enrolment, as: "dir.jansen", logbook)
        #expect(try Self.holders(logbook).contains(.actor("ib.nieuw")), "the kill came after the copy was written")
        #expect(try KeyWorkSteps.writer(logbook).settledKeyWork?.appended == false)
        #expect(try !Self.holders(logbook).contains(.actor("ib.nieuw")), "the next writer took the copy back")
        try KeyWorkSteps.append(enrolment, as: "dir.jansen", to: logbook)
        #expect(try Self.read(as: "ib.nieuw", logbook).count == 6)
    }

    @Test("a member without a copy yet is told so (key-not-shared), listed as such, and reads once another member opened the case")
    func memberWithoutCopy() throws {
        let logbook = try Self.logbookWithCase()
        try KeyWorkSteps.append([try Self.enrolment("ib.nieuw", .internBegeleider)], as: "dir.jansen", to: logbook)
        let copy = logbook.layout.streamKeys.appendingPathComponent("\(Self.caseID)/0/actor.ib.nieuw.json")
        try FileManager.default.removeItem(at: copy)
        #expect(throws: LedgerError.keyNotShared(stream: CaseStream.name(of: Self.caseID), actor: "ib.nieuw")) { try Self.read(as: "ib.nieuw", logbook) }
        #expect(throws: LedgerError.noAccess(stream: CaseStream.name(of: Self.caseID), actor: "lk.visser")) { try Self.read(as: "lk.visser", logbook) }
        do {
            let session = try CaseSession(
                writer: try KeyWorkSteps.writer(logbook), reader: "ib.nieuw", keys: try KeyWorkSteps.keys("ib.nieuw"), clock: FixedClock(CaseFixture.now))
            var skipped = [String]()
            try session.forEachSummary(on: CalendarDay(CaseFixture.now), skipped: { if case .keyNotShared(let id) = $0 { skipped.append(id) } }) { _ in }
            #expect(skipped == [Self.caseID])
        }
        #expect(try Self.read(as: "ib.devries", logbook).count == 6)
        #expect(try Self.read(as: "ib.nieuw", logbook).count == 6, "the other IB'er's read sealed the missing copy")
    }
}
