import Foundation
@testable import Sodium
import Testing
@testable import Ledger

/// Only administrators enrol, rotate others' keys and revoke; authors are resolved as of each seq.
@Suite("Actor registry")
struct RegistryTests {
    @Test("The cast is enrolled with its roles and the director as administrator")
    func enrolment() throws {
        let registry = try TestLogbook().state.registry
        #expect(registry.organisation == "Basisschool De Klimtoren")
        #expect(registry.actors.count == 4)
        #expect(registry.actors["dir.jansen"]?.isActiveAdministrator == true)
        #expect(registry.actors["ib.devries"]?.profile.roles == [.internBegeleider])
        #expect(registry.actors["lk.bakker"]?.isActiveAdministrator == false)
        #expect(registry.actors["lk.bakker"]?.enrolledAt == 2)
    }

    @Test(
        "Registry changes by the wrong author are refused and leave the log untouched",
        arguments: [
            ("lk.bakker", RegistryEvent.actorRevoked(actor: "lk.visser", reason: "no"), VerifyCode.notAuthorised),
            ("lk.bakker", .keyRotated(actor: "lk.visser", publicKey: try! TestLogbook.key(for: "other").publicKey, encryptionKey: try! TestLogbook.encryptionKey(for: "rotated").publicKey), .notAuthorised),
            ("dir.jansen", .actorRevoked(actor: "dir.jansen", reason: "leaving"), .notAuthorised),
            ("dir.jansen", .actorRevoked(actor: "nobody", reason: "?"), .notAuthorised),
            ("dir.jansen", .keyRotated(actor: "lk.bakker", publicKey: try! TestLogbook.key(for: "lk.bakker").publicKey, encryptionKey: try! TestLogbook.encryptionKey(for: "rotated").publicKey), .notAuthorised),
        ])
    func refusedChange(author: String, change: RegistryEvent, code: VerifyCode) throws {
        let logbook = try TestLogbook()
        let before = try logbook.bytes
        #expect {
            try logbook.append(EventDraft(change), by: author)
        } throws: { error in
            (error as? LedgerError)?.code == code.rawValue
        }
        #expect(try logbook.bytes == before)
    }

    @Test("A teacher cannot enrol anyone, and an id is never enrolled twice")
    func enrolmentRules() throws {
        let logbook = try TestLogbook()
        let before = try logbook.bytes
        #expect(throws: LedgerError.self) { try logbook.enrol("lk.mol", name: "R. Mol", roles: [.leerkracht], by: "lk.bakker") }
        #expect(throws: LedgerError.self) { try logbook.enrol("lk.bakker", name: "S. Bakker", roles: [.leerkracht]) }
        #expect(try logbook.bytes == before)
    }

    @Test("Actors rotate their own key; administrators rotate anyone's")
    func rotation() throws {
        let logbook = try TestLogbook()
        let own = try Ed25519SigningKey(seed: [UInt8](repeating: 1, count: 32))
        try logbook.append(EventDraft(.keyRotated(actor: "lk.bakker", publicKey: own.publicKey, encryptionKey: try TestLogbook.encryptionKey(for: "rotated").publicKey)), by: "lk.bakker")
        let byAdmin = try Ed25519SigningKey(seed: [UInt8](repeating: 2, count: 32))
        try logbook.append(EventDraft(.keyRotated(actor: "lk.visser", publicKey: byAdmin.publicKey, encryptionKey: try TestLogbook.encryptionKey(for: "rotated").publicKey)), by: "dir.jansen")
        let registry = try logbook.state.registry
        #expect(registry.actors["lk.bakker"]?.publicKey == own.publicKey)
        #expect(registry.actors["lk.bakker"]?.keyRotations == [4])
        #expect(registry.actors["lk.visser"]?.publicKey == byAdmin.publicKey)
        #expect(registry.actors["lk.bakker"]?.encryptionKey == (try TestLogbook.encryptionKey(for: "rotated").publicKey))
        #expect(registry.actors["lk.bakker"]?.profile.encryptionKey == (try TestLogbook.encryptionKey(for: "lk.bakker").publicKey))
        #expect(registry.actors["ib.devries"]?.encryptionKey == (try TestLogbook.encryptionKey(for: "ib.devries").publicKey))
        #expect(registry.recoveryKey == (try TestLogbook.recoveryKey.publicKey))
        let writer = try logbook.writer()
        #expect(throws: LedgerError.keyMismatch(actor: "lk.bakker")) {
            try writer.append([EventDraft(type: "memo.noted", stream: "notes/1", payload: [:])],
                              author: "lk.bakker", signingKey: try TestLogbook.key(for: "lk.bakker"))
        }
        #expect(throws: Never.self) {
            try writer.append([EventDraft(type: "memo.noted", stream: "notes/1", payload: [:])], author: "lk.bakker", signingKey: own)
        }
    }

    @Test("A revoked actor can sign nothing more; their earlier events stay valid")
    func revocation() throws {
        let logbook = try TestLogbook(notes: 4)
        try logbook.append(EventDraft(.actorRevoked(actor: "lk.bakker", reason: "left the school")), by: "dir.jansen")
        let before = try logbook.bytes
        #expect {
            try logbook.note(by: "lk.bakker", text: "after leaving")
        } throws: { error in
            (error as? LedgerError)?.code == VerifyCode.revokedAuthor.rawValue
        }
        #expect(try logbook.bytes == before)
        #expect(try logbook.verify().isValid)
        #expect(try logbook.state.registry.actors["lk.bakker"]?.revokedAt == 8)
    }

    @Test("The last active administrator cannot be revoked, but one of two can")
    func lastAdministrator() throws {
        let logbook = try TestLogbook()
        try logbook.enrol("adm.smit", name: "K. Smit", roles: [.administratie], admin: true)
        try logbook.append(EventDraft(.actorRevoked(actor: "dir.jansen", reason: "retired")), by: "adm.smit")
        #expect(throws: LedgerError.self) {
            try logbook.append(EventDraft(.actorRevoked(actor: "adm.smit", reason: "no one left")), by: "adm.smit")
        }
    }

    @Test("An author who was never enrolled is refused")
    func unknownAuthor() throws {
        let logbook = try TestLogbook()
        #expect {
            try logbook.note(by: "ghost", text: "boo")
        } throws: { error in
            (error as? LedgerError)?.code == VerifyCode.unknownAuthor.rawValue
        }
    }

    @Test("Profiles refuse bad ids, empty names, no roles and bad qualifications")
    func profileValidation() throws {
        let key = try TestLogbook.key(for: "x").publicKey
        for (id, name, roles, qualifications) in [
            ("Bad Id", "A", [Role.leerkracht], [String]()), (".dot", "A", [.leerkracht], []),
            ("ok", " ", [.leerkracht], []), ("ok", "A", [], []), ("ok", "A", [.leerkracht], ["Not A Slug"]),
        ] {
            #expect(throws: LedgerError.self) {
                _ = try ActorProfile(id: id, name: name, roles: roles, isAdministrator: false, qualifications: qualifications, publicKey: key,
                    encryptionKey: try TestLogbook.encryptionKey(for: id).publicKey)
            }
        }
    }
}
