import Foundation
import Testing
@testable import Sodium

/// Keys kept in the kernel keyring come back as the same keys, and an entry in another form is dropped.
@Suite("Kernel keyring", .enabled(if: (try? KernelKeyring.session()) != nil, "the kernel refuses keyrings to this process"))
struct KernelKeyringTests {
    /// A description no other test uses.
    private func name() -> String { "logboek-test:\(UUID().uuidString)" }

    @Test("A signing key and an encryption key come back as the same keys", arguments: [true, false])
    func roundTrip(withEncryption: Bool) throws {
        let keyring = try KernelKeyring.session(), description = name()
        defer { keyring.remove(named: description) }
        let signing = try Ed25519SigningKey(seed: Array(repeating: 7, count: 32))
        let encryption = withEncryption ? try X25519SecretKey(secretBytes: Array(repeating: 9, count: 32)) : nil
        try keyring.store(signing: signing, encryption: encryption, named: description, seconds: 60)
        let found = try #require(try keyring.keys(named: description))
        #expect(found.signing.publicKey == signing.publicKey)
        #expect(found.signing.signature(for: [1, 2, 3]) == signing.signature(for: [1, 2, 3]))
        #expect(found.encryption?.publicKey == encryption?.publicKey)
        #expect(keyring.descriptions(startingWith: description) == [description])
        #expect(keyring.remove(named: description))
        #expect(try keyring.keys(named: description) == nil)
    }

    @Test("An entry that does not hold keys in our form is dropped, not opened")
    func foreignEntry() throws {
        let keyring = try KernelKeyring.session(), description = name()
        defer { keyring.remove(named: description) }
        try keyring.add(SecureBuffer(copying: [2] + Array(repeating: 1, count: 32)), named: description, seconds: 60)
        #expect(try keyring.keys(named: description) == nil)
        #expect(keyring.descriptions(startingWith: description).isEmpty)
    }

    @Test("Nothing is found under a name never stored")
    func missing() throws {
        #expect(try KernelKeyring.session().keys(named: name()) == nil)
        #expect(!(try KernelKeyring.session()).remove(named: name()))
    }
}
