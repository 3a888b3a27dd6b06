import Foundation
import Ledger
import Testing
@testable import Meldcode

/// Case content sealed end to end on a real logbook: appended through the checked append, opened only by
/// members through ``CaseContent``, access granted and withdrawn by coordinators, and erased with every proof
/// intact (issue 13; docs/DOMAIN.md, "Privacy: sealed case content").
@Suite("Sealed case content")
struct SealedCaseTests {
    /// Appends drafts as an actor, the way every command does.
    @discardableResult
    private static func append(_ drafts: [EventDraft], as actor: String, to logbook: MeldcodeLogbook) throws -> [Event] {
        let writer = try LogWriter(opening: logbook.layout, clock: FixedClock(CaseFixture.now), lockTimeout: 0, rules: CaseAuthority())
        let keys = ActorKeys(signing: try MeldcodeLogbook.key(actor), encryption: try MeldcodeLogbook.encryptionKey(actor))
        return try CheckedAppend(drafts, writer: writer, author: actor, keys: keys, now: CaseFixture.now).append(drafts)
    }

    /// The case's events as `actor` reads them.
    private static func read(as actor: String, _ logbook: MeldcodeLogbook, holder: KeyHolder? = nil) throws -> [RecordedEvent] {
        let writer = try LogWriter(opening: logbook.layout, lockTimeout: 0, rules: CaseAuthority())
        let content = try CaseContent(
            writer: writer, holder: holder ?? .actor(actor), secret: try MeldcodeLogbook.encryptionKey(actor), rule: .standard)
        return try content.events(ofCase: "2026-001")
    }

    private static func sealedLogbook(events count: Int = 6) throws -> MeldcodeLogbook {
        let logbook = try MeldcodeLogbook()
        try append(Array(CaseFixture.drafts.prefix(count)), as: CaseFixture.author, to: logbook)
        return logbook
    }

    private static func grant(_ actor: String, by author: String, _ logbook: MeldcodeLogbook, type: String = "case.access_granted") throws {
        let dateField = type == "case.access_granted" ? "grantedOn" : "withdrawnOn"
        try append([EventDraft(type: type, stream: RegistryEvent.stream, payload: [
            "case": .string("2026-001"), "actor": .string(actor), "reason": .string("mentor van de groep"), dateField: .string("2026-11-20"),
        ])], as: author, to: logbook)
    }

    @Test("The log, the keys and the saved state hold no child name, no signal text and no case salt; both verifiers pass with no key")
    func nothingReadable() throws {
        let logbook = try Self.sealedLogbook()
        for file in try FileManager.default.subpathsOfDirectory(atPath: logbook.layout.directory.path) {
            let url = logbook.layout.directory.appendingPathComponent(file)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            #expect(!text.contains("Sara de Boer") && !text.contains("blauwe plek") && !text.contains("overblijfmoeder"), "\(file)")
        }
        let lines = try String(decoding: logbook.bytes, as: UTF8.self).split(separator: "\n")
        #expect(lines.filter { $0.contains("\"stream\":\"case/") }.allSatisfy { !$0.contains("\"salt\"") && $0.contains("\"sealed\":1") })
        #expect(try Verifier().verify(logAt: logbook.layout.log).isValid)
        let opened = try Self.read(as: "ib.devries", logbook)
        #expect(opened.first?.payload["childName"] == .string("Sara de Boer") && opened.count == 6)
        try logbook.keepForSchemaValidation()
    }

    @Test("A teacher who is not a member is refused (no-access); a coordinator's grant lets them read; a second grant is refused")
    func grantAccess() throws {
        let logbook = try Self.sealedLogbook()
        let refused = #expect(throws: LedgerError.self) { try Self.read(as: "lk.visser", logbook) }
        #expect(refused?.code == "no-access" && refused?.message.contains("Sara") == false)
        let outsider = #expect(throws: LedgerError.self) { try Self.grant("lk.visser", by: "lk.bakker", logbook) }
        #expect(outsider?.code == "no-access")
        try Self.grant("lk.bakker", by: "ib.devries", logbook)
        let notCoordinator = #expect(throws: MeldcodeError.self) { try Self.grant("lk.visser", by: "lk.bakker", logbook) }
        #expect(notCoordinator?.code == "not-a-coordinator")
        try Self.grant("lk.visser", by: "ib.devries", logbook)
        #expect(try Self.read(as: "lk.visser", logbook).first?.payload["childName"] == .string("Sara de Boer"))
        let again = #expect(throws: MeldcodeError.self) { try Self.grant("lk.visser", by: "ib.devries", logbook) }
        #expect(again?.code == "access-unchanged")
    }

    @Test("Withdrawing access starts epoch 1: later events are sealed with a key the withdrawn never held, and they read nothing")
    func withdrawAccess() throws {
        let logbook = try Self.sealedLogbook()
        try Self.grant("lk.visser", by: "ib.devries", logbook)
        try Self.grant("lk.visser", by: "ib.devries", logbook, type: "case.access_withdrawn")
        try Self.append([CaseFixture.drafts[6]], as: "ib.devries", to: logbook)
        let stored = try String(decoding: logbook.bytes, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
        #expect(stored.contains("\"epoch\":1"))
        #expect(throws: LedgerError.self) { try Self.read(as: "lk.visser", logbook) }
        #expect(try Self.read(as: "dir.jansen", logbook).count == 7, "the six records and the one after the withdrawal; grants live in stream logbook")
        let coordinator = #expect(throws: MeldcodeError.self) { try Self.grant("dir.jansen", by: "ib.devries", logbook, type: "case.access_withdrawn") }
        #expect(coordinator?.code == "access-unchanged")
    }

    @Test("Erasure leaves the log a byte-for-byte prefix and every proof valid; nobody, the recovery key included, reads the case again")
    func erase() throws {
        let logbook = try Self.sealedLogbook()
        let before = try logbook.bytes
        let erasure = EventDraft(type: "case.erased", stream: "logbook", payload: [
            "case": .string("2026-001"), "ground": .string("request"), "reason": .string("verzoek op grond van de AVG"),
            "erasedOn": .string("2026-11-22"),
        ])
        try Self.append([erasure], as: "dir.jansen", to: logbook)
        let after = try logbook.bytes
        #expect(after.prefix(before.count) == before && after.count > before.count)
        #expect(try Verifier().verify(logAt: logbook.layout.log).isValid)
        #expect(!FileManager.default.fileExists(atPath: logbook.layout.streamKeys.appendingPathComponent("2026-001").path))
        let erased = #expect(throws: MeldcodeError.self) { try Self.read(as: "ib.devries", logbook) }
        #expect(erased?.code == "case-erased" && erased?.message.contains("verzoek (AVG)") == true)
        #expect(throws: MeldcodeError.self) { try Self.read(as: "recovery", logbook, holder: .recovery) }
        let record = #expect(throws: MeldcodeError.self) { try Self.append([CaseFixture.drafts[6]], as: "ib.devries", to: logbook) }
        #expect(record?.code == "case-erased")
        let twice = #expect(throws: MeldcodeError.self) { try Self.append([erasure], as: "dir.jansen", to: logbook) }
        #expect(twice?.code == "case-erased")
    }

    @Test("The recovery key opens every case key, before erasure")
    func recovery() throws {
        let logbook = try Self.sealedLogbook()
        #expect(try Self.read(as: "recovery", logbook, holder: .recovery).count == 6)
    }

    @Test("A changed ciphertext does not open (unreadable-payload), though the log still verifies as stored bytes are signed")
    func tamperedCiphertext() throws {
        let logbook = try Self.sealedLogbook(events: 2)
        let writer = try LogWriter(opening: logbook.layout, lockTimeout: 0, rules: CaseAuthority())
        let event = try writer.event(atSeq: 5)
        let sealed = try #require(try SealedPayload(of: event))
        var changed = sealed.stored
        var bytes = sealed.ciphertext
        bytes[0] ^= 1
        changed["ciphertext"] = .string(Base64.encode(bytes))
        let forged = Event(header: event.header, payload: changed, hash: event.hash, signature: event.signature)
        let key = try #require(try KeyCopyStore(layout: logbook.layout).open("2026-001", as: .actor("ib.devries"), with: MeldcodeLogbook.encryptionKey("ib.devries")).first)
        #expect(throws: LedgerError.self) { try #require(try SealedPayload(of: forged)).open(with: key, header: event.header) }
        let moved = EventHeader(
            seq: event.header.seq, previousHash: event.header.previousHash, recordedAt: event.header.recordedAt, author: event.header.author,
            type: "note.recorded", stream: event.header.stream, payloadDigest: event.header.payloadDigest)
        #expect(throws: LedgerError.self) { try sealed.open(with: key, header: moved) }
        #expect(try sealed.open(with: key, header: event.header)["salt"] != nil)
    }
}
