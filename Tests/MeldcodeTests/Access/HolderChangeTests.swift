import Foundation
import Ledger
import Sodium
import Testing
@testable import Meldcode

/// Revoking an actor, rotating their key, or adopting a profile that takes their coordinating role away starts a
/// new epoch in every case they held keys of: what is recorded afterwards does not open with what they (or a thief
/// of their old key) held, while every remaining member and the recovery key read the whole case.
@Suite("Key epochs when holders change")
struct HolderChangeTests {
    private static let caseID = "2026-001"

    private static func read(with secret: X25519SecretKey, as holder: KeyHolder, _ logbook: MeldcodeLogbook) throws -> [RecordedEvent] {
        try CaseContent(writer: try KeyWorkSteps.writer(logbook), holder: holder, secret: secret, rule: .standard).events(ofCase: caseID)
    }

    private static func read(as actor: String, _ logbook: MeldcodeLogbook) throws -> [RecordedEvent] {
        try read(with: try MeldcodeLogbook.encryptionKey(actor), as: actor == "recovery" ? .recovery : .actor(actor), logbook)
    }

    /// What a holder could take away before the change: the case keys their copies hold.
    private static func stolenKeys(of actor: String, _ logbook: MeldcodeLogbook) throws -> [StreamKey] {
        try KeyCopyStore(layout: logbook.layout).open(caseID, as: .actor(actor), with: MeldcodeLogbook.encryptionKey(actor))
    }

    /// Whether any event of the case recorded from `seq` on opens with `keys`.
    private static func opensAny(from seq: Int, with keys: [StreamKey], _ logbook: MeldcodeLogbook) throws -> Bool {
        var keyring = StreamKeyring(holder: "thief")
        keyring.add(keys, of: CaseStream.name(of: caseID))
        return try KeyWorkSteps.writer(logbook).events(inStream: CaseStream.name(of: caseID)).filter { $0.header.seq >= seq }
            .contains { (try? keyring.payload(of: $0)) != nil }
    }

    private static func grant(_ actor: String) -> EventDraft {
        EventDraft(type: CaseAccess.grantType.rawValue, stream: "logbook", payload: [
            "case": .string(caseID), "actor": .string(actor), "reason": .string("mentor van de groep"), "grantedOn": .string("2026-11-20"),
        ])
    }

    /// A case of six events with lk.bakker granted access, and what Bakker's copies held then.
    private static func caseWithBakker() throws -> (MeldcodeLogbook, stolen: [StreamKey]) {
        let logbook = try MeldcodeLogbook()
        try KeyWorkSteps.append(Array(CaseFixture.drafts.prefix(6)), as: CaseFixture.author, to: logbook)
        try KeyWorkSteps.append([grant("lk.bakker")], as: "ib.devries", to: logbook)
        #expect(try read(as: "lk.bakker", logbook).count == 6)
        let stolen = try stolenKeys(of: "lk.bakker", logbook)
        #expect(!stolen.isEmpty)
        return (logbook, stolen)
    }

    private static func expectMembersRead(_ count: Int, _ actors: [String], _ logbook: MeldcodeLogbook) throws {
        for actor in actors + ["recovery"] { #expect(try read(as: actor, logbook).count == count, "\(actor)") }
    }

    @Test("after actor revoke, a signal recorded later does not open with the revoked member's keys; the others read all")
    func revocation() throws {
        let (logbook, stolen) = try Self.caseWithBakker()
        try KeyWorkSteps.append([EventDraft(.actorRevoked(actor: "lk.bakker", reason: "uit dienst"))], as: "dir.jansen", to: logbook)
        let after = try KeyWorkSteps.writer(logbook).state.nextSeq
        try KeyWorkSteps.append([CaseFixture.drafts[6]], as: CaseFixture.author, to: logbook)
        #expect(try !Self.opensAny(from: after, with: stolen, logbook))
        #expect(try Self.stolenKeys(of: "lk.bakker", logbook).isEmpty, "the revoked member's copies are removed")
        try Self.expectMembersRead(7, ["ib.devries", "dir.jansen"], logbook)
    }

    @Test("after actor rotate, the old key opens nothing recorded later and holds no copy; the new key reads the whole case")
    func rotation() throws {
        let (logbook, stolen) = try Self.caseWithBakker()
        let passphrase = try SecretBytes(copying: "een nieuwe wachtwoordzin")
        let sealed = try SealedKey(newKeyFor: "lk.bakker", passphrase: passphrase)
        let rotation = RegistryEvent.keyRotated(actor: "lk.bakker", publicKey: sealed.publicKey, encryptionKey: sealed.encryptionKey)
        _ = try KeyWorkSteps.checked([EventDraft(rotation)], as: "dir.jansen", try KeyWorkSteps.writer(logbook)).append(rotation, issuing: sealed)
        let after = try KeyWorkSteps.writer(logbook).state.nextSeq
        try KeyWorkSteps.append([CaseFixture.drafts[6]], as: CaseFixture.author, to: logbook)
        #expect(try !Self.opensAny(from: after, with: stolen, logbook))
        #expect(try Self.stolenKeys(of: "lk.bakker", logbook).isEmpty, "no copy is sealed to the old key any more")
        let renewed = try KeyStore(layout: logbook.layout).keys(for: "lk.bakker", passphrase: passphrase)
        let secret = try #require(renewed.encryption)
        #expect(try Self.read(with: secret, as: .actor("lk.bakker"), logbook).count == 7, "the director resealed the older epochs at once")
        try Self.expectMembersRead(7, ["ib.devries", "dir.jansen"], logbook)
    }

    @Test("a profile that takes the director's coordinating role away ends their reading of what is recorded next")
    func coordinatorChange() throws {
        let logbook = try MeldcodeLogbook()
        try KeyWorkSteps.append(Array(CaseFixture.drafts.prefix(6)), as: CaseFixture.author, to: logbook)
        try KeyWorkSteps.append([Self.grant("lk.bakker")], as: "ib.devries", to: logbook)
        let stolen = try Self.stolenKeys(of: "dir.jansen", logbook)
        #expect(!stolen.isEmpty)
        var draft = ProfileAdoption.draft(adopting: .klimtoren, reason: "alleen de intern begeleider coördineert")
        guard case .object(var profile)? = draft.payload["profile"], case .object(var access)? = profile["access"] else {
            Issue.record("the adoption has no access rule")
            return
        }
        access["coordinators"] = .array([.string(Role.internBegeleider.rawValue)])
        profile["access"] = .object(access)
        draft = EventDraft(type: draft.type, stream: draft.stream, payload: draft.payload.merging(["profile": .object(profile)]) { $1 })
        try KeyWorkSteps.append([draft], as: "dir.jansen", to: logbook)
        let after = try KeyWorkSteps.writer(logbook).state.nextSeq
        try KeyWorkSteps.append([CaseFixture.drafts[6]], as: CaseFixture.author, to: logbook)
        #expect(try !Self.opensAny(from: after, with: stolen, logbook))
        #expect(throws: LedgerError.self) { try Self.read(as: "dir.jansen", logbook) }
        #expect(try Self.stolenKeys(of: "dir.jansen", logbook).isEmpty)
        try Self.expectMembersRead(7, ["ib.devries", "lk.bakker"], logbook)
    }

    @Test("actor revoke killed after its new epoch's copies and before its event: the retry starts one new epoch, and the members read all")
    func revocationKilledBeforeAppend() throws {
        let (logbook, stolen) = try Self.caseWithBakker()
        let revocation = [EventDraft(.actorRevoked(actor: "lk.bakker", reason: "uit dienst"))]
        try KeyWorkSteps.killedBeforeAppend(revocation, as: "dir.jansen", logbook)
        #expect(FileManager.default.fileExists(atPath: logbook.layout.streamKeys.appendingPathComponent("\(Self.caseID)/1").path))
        try KeyWorkSteps.append(revocation, as: "dir.jansen", to: logbook)
        let after = try KeyWorkSteps.writer(logbook).state.nextSeq
        try KeyWorkSteps.append([CaseFixture.drafts[6]], as: CaseFixture.author, to: logbook)
        let epochs = try KeyCopyStore(layout: logbook.layout).copies(in: Self.caseID).map(\.epoch)
        #expect(Set(epochs) == [0, 1], "the taken-back epoch left no second new key")
        #expect(try !Self.opensAny(from: after, with: stolen, logbook))
        #expect(try Self.stolenKeys(of: "lk.bakker", logbook).isEmpty)
        try Self.expectMembersRead(7, ["ib.devries", "dir.jansen"], logbook)
    }

    @Test("actor revoke killed after its event and before the copies are removed: the next writer removes them")
    func revocationKilledAfterAppend() throws {
        let (logbook, _) = try Self.caseWithBakker()
        let revocation = [EventDraft(.actorRevoked(actor: "lk.bakker", reason: "uit dienst"))]
        try KeyWorkSteps.killedAfterAppend(revocation, as: "dir.jansen", logbook)
        #expect(try !Self.stolenKeys(of: "lk.bakker", logbook).isEmpty, "the kill left the revoked member's copies")
        #expect(try KeyWorkSteps.writer(logbook).settledKeyWork?.appended == true)
        #expect(try Self.stolenKeys(of: "lk.bakker", logbook).isEmpty)
        try KeyWorkSteps.append([CaseFixture.drafts[6]], as: CaseFixture.author, to: logbook)
        try Self.expectMembersRead(7, ["ib.devries", "dir.jansen"], logbook)
    }
}
