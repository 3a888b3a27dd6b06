import Foundation
import Ledger
import Testing
@testable import Meldcode

/// A batch appended group by group (`append --batch`): each group is checked against the log as the groups
/// before it left it, refused as a whole at the draft that breaks a rule, and the groups before stay.
@Suite("Batch append in groups")
struct BatchAppendTests {
    private static let author = CaseFixture.author

    private static func batch(_ logbook: MeldcodeLogbook) throws -> BatchAppend {
        let writer = try LogWriter(opening: logbook.layout, clock: FixedClock(CaseFixture.now), lockTimeout: 0, rules: CaseAuthority())
        return BatchAppend(writer: writer, author: author, keys: ActorKeys(signing: try MeldcodeLogbook.key(author), encryption: try MeldcodeLogbook.encryptionKey(author)))
    }

    @Test("A case opened in one group takes the next group's events, checked against what the first group wrote")
    func groupsShareOneFold() throws {
        let logbook = try MeldcodeLogbook()
        var batch = try Self.batch(logbook)
        let opened = try batch.append([CaseFixture.drafts[0]], now: CaseFixture.now)
        let signals = try batch.append(Array(CaseFixture.drafts[1...4]), now: CaseFixture.now)
        #expect(signals.map(\.header.seq) == Array((opened[0].header.seq + 1)...(opened[0].header.seq + 4)))
        // The hypothesis recorded in the second group is known to the third (its reference is admitted), and
        // its confirmation to the fourth (a second one is refused).
        let hypothesis = signals[3].header.seq
        #expect(signals[3].header.type == "hypothesis.recorded")
        let confirm = EventDraft(type: "hypothesis.confirmed", stream: "case/2026-001", payload: [
            "hypothesis": .integer(Int64(hypothesis)), "reason": .string("Sara vertelde het zelf."),
            "evidence": .array([.integer(Int64(signals[0].header.seq))]), "settledOn": .string("2026-09-14"),
        ])
        _ = try batch.append([confirm], now: CaseFixture.now)
        let before = try logbook.bytes
        let refusal = try #require(throws: BatchAppend.Refusal.self) {
            try batch.append([CaseFixture.drafts[1], CaseFixture.drafts[2], confirm], now: CaseFixture.now)
        }
        #expect(refusal.index == 2)
        #expect((refusal.underlying as? MeldcodeError)?.code == "hypothesis-already-settled")
        #expect(try logbook.bytes == before, "a refused group writes nothing")
    }

    @Test("A withdrawal in one group seals the next group's events with the new epoch (the keys read before are not reused)")
    func withdrawalBetweenGroups() throws {
        let logbook = try MeldcodeLogbook()
        var batch = try Self.batch(logbook)
        _ = try batch.append(Array(CaseFixture.drafts[0...2]), now: CaseFixture.now)
        for type in ["case.access_granted", "case.access_withdrawn"] {
            let field = type == "case.access_granted" ? "grantedOn" : "withdrawnOn"
            _ = try batch.append([EventDraft(type: type, stream: RegistryEvent.stream, payload: [
                "case": .string("2026-001"), "actor": .string("lk.visser"), "reason": .string("mentor van de groep"), field: .string("2026-11-20"),
            ])], now: CaseFixture.now)
        }
        _ = try batch.append([CaseFixture.drafts[3]], now: CaseFixture.now)
        let last = try String(decoding: logbook.bytes, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.contains("\"epoch\":1"), "\(last)")
    }

    @Test("A draft the ledger refuses (a stale expectVersion) is named by its place in the group; nothing of the group is written")
    func ledgerRefusalNamed() throws {
        let logbook = try MeldcodeLogbook()
        var batch = try Self.batch(logbook)
        _ = try batch.append([CaseFixture.drafts[0]], now: CaseFixture.now)
        let before = try logbook.bytes
        let draft = CaseFixture.drafts[3]
        let stale = EventDraft(type: draft.type, stream: draft.stream, payload: draft.payload, expectedVersion: 7)
        let group = [CaseFixture.drafts[1], CaseFixture.drafts[2], stale, CaseFixture.drafts[4]]
        let refusal = try #require(throws: BatchAppend.Refusal.self) { try batch.append(group, now: CaseFixture.now) }
        #expect(refusal.index == 2)
        #expect((refusal.underlying as? LedgerError)?.code == "version-conflict")
        #expect(try logbook.bytes == before)
    }
}
