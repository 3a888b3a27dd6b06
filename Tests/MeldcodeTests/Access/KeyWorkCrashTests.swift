import Foundation
import Ledger
import Testing
@testable import Meldcode

/// A batch whose key copies were written but whose event was not (or whose event was appended but whose old
/// copies were not yet removed) is what a kill leaves behind. The next writer settles it before anything else,
/// so the natural retry works: no case is sealed under a key nobody holds, no grant nobody recorded gives a
/// working copy, and no erasure stays half done.
@Suite("Key work after a crash")
struct KeyWorkCrashTests {
    private static func read(as actor: String, _ logbook: MeldcodeLogbook, holder: KeyHolder? = nil) throws -> [RecordedEvent] {
        let content = try CaseContent(
            writer: try KeyWorkSteps.writer(logbook), holder: holder ?? .actor(actor), secret: try MeldcodeLogbook.encryptionKey(actor), rule: .standard)
        return try content.events(ofCase: "2026-001")
    }

    private static func access(_ type: String, _ actor: String) -> EventDraft {
        EventDraft(type: type, stream: "logbook", payload: [
            "case": .string("2026-001"), "actor": .string(actor), "reason": .string("mentor van de groep"),
            (type == CaseAccess.grantType ? "grantedOn" : "withdrawnOn"): .string("2026-11-20"),
        ])
    }

    @Test("case open killed after its key copies and before its event, then run again: the opener, the coordinators and the recovery key read the case")
    func openRetried() throws {
        let logbook = try MeldcodeLogbook()
        try KeyWorkSteps.killedBeforeAppend([CaseFixture.drafts[0]], as: CaseFixture.author, logbook)
        try KeyWorkSteps.append(Array(CaseFixture.drafts.prefix(6)), as: CaseFixture.author, to: logbook)
        for actor in [CaseFixture.author, "dir.jansen", "ib.devries"] {
            #expect(try Self.read(as: actor, logbook).count == 6, "\(actor)")
        }
        #expect(try Self.read(as: "recovery", logbook, holder: .recovery).count == 6)
    }

    @Test("case grant killed before its event: the grantee holds no copy and reads nothing; the retry grants")
    func grantTakenBack() throws {
        let logbook = try MeldcodeLogbook()
        try KeyWorkSteps.append(Array(CaseFixture.drafts.prefix(6)), as: CaseFixture.author, to: logbook)
        try KeyWorkSteps.killedBeforeAppend([Self.access(CaseAccess.grantType.rawValue, "lk.visser")], as: "ib.devries", logbook)
        let copy = logbook.layout.streamKeys.appendingPathComponent("2026-001/0/actor.lk.visser.json")
        #expect(FileManager.default.fileExists(atPath: copy.path), "the kill left the grantee's copy behind")
        let settled = try KeyWorkSteps.writer(logbook).settledKeyWork
        #expect(settled?.appended == false)
        #expect(!FileManager.default.fileExists(atPath: copy.path))
        #expect(throws: LedgerError.self) { try Self.read(as: "lk.visser", logbook) }
        try KeyWorkSteps.append([Self.access(CaseAccess.grantType.rawValue, "lk.visser")], as: "ib.devries", to: logbook)
        #expect(try Self.read(as: "lk.visser", logbook).count == 6)
    }

    @Test("case withdraw killed between its new key copies and its event, then run again: the members read every record, the withdrawn none after")
    func withdrawalRetried() throws {
        let logbook = try MeldcodeLogbook()
        try KeyWorkSteps.append(Array(CaseFixture.drafts.prefix(6)), as: CaseFixture.author, to: logbook)
        try KeyWorkSteps.append([Self.access(CaseAccess.grantType.rawValue, "lk.visser")], as: "ib.devries", to: logbook)
        try KeyWorkSteps.killedBeforeAppend([Self.access(CaseAccess.withdrawalType.rawValue, "lk.visser")], as: "ib.devries", logbook)
        try KeyWorkSteps.append([Self.access(CaseAccess.withdrawalType.rawValue, "lk.visser")], as: "ib.devries", to: logbook)
        try KeyWorkSteps.append([CaseFixture.drafts[6]], as: "ib.devries", to: logbook)
        #expect(try Self.read(as: "dir.jansen", logbook).count == 7)
        #expect(try Self.read(as: "recovery", logbook, holder: .recovery).count == 7)
        #expect(throws: LedgerError.self) { try Self.read(as: "lk.visser", logbook) }
        let left = try KeyCopyStore(layout: logbook.layout).open("2026-001", as: .actor("lk.visser"), with: MeldcodeLogbook.encryptionKey("lk.visser"))
        #expect(left.isEmpty, "the withdrawn member's copies are gone")
    }

    @Test("erase killed after its event and before the keys are destroyed: the next writer destroys them")
    func erasureFinished() throws {
        let logbook = try MeldcodeLogbook()
        try KeyWorkSteps.append(Array(CaseFixture.drafts.prefix(6)), as: CaseFixture.author, to: logbook)
        let erasure = EventDraft(type: "case.erased", stream: "logbook", payload: [
            "case": .string("2026-001"), "ground": .string("request"), "reason": .string("verzoek op grond van de AVG"),
            "erasedOn": .string("2026-11-22"),
        ])
        try KeyWorkSteps.killedAfterAppend([erasure], as: "dir.jansen", logbook)
        let folder = logbook.layout.streamKeys.appendingPathComponent("2026-001")
        #expect(FileManager.default.fileExists(atPath: folder.path), "the kill left the keys behind")
        let settled = try KeyWorkSteps.writer(logbook).settledKeyWork
        #expect(settled?.appended == true)
        #expect(!FileManager.default.fileExists(atPath: folder.path))
        #expect(throws: (any Error).self) { try Self.read(as: "recovery", logbook, holder: .recovery) }
    }
}
