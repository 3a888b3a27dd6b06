import Foundation
import Testing
@testable import Sodium

/// Keys kept in the kernel keyring come back as the same keys, sealed under a wrapping key kept beside them: a copy of
/// the sealed entry opens nothing once that wrapping key is gone, and an entry in another form is an error, dropped.
@Suite("Kernel keyring", .enabled(if: (try? KernelKeyring.session()) != nil, "the kernel refuses keyrings to this process"))
struct KernelKeyringTests {
    /// A description no other test uses.
    private func name() -> String { "logboek-test:\(UUID().uuidString)" }

    private let signing = try? Ed25519SigningKey(seed: Array(repeating: 7, count: 32))
    private let encryption = try? X25519SecretKey(secretBytes: Array(repeating: 9, count: 32))

    /// The raw payload of the entry named `description`, as a process reading the keyring would copy it.
    private func copy(of description: String, in keyring: KernelKeyring) throws -> SecureBuffer {
        let key = try #require(try keyring.find(named: description))
        return try #require(keyring.payload(of: key, limit: 4096))
    }

    /// The names of the wrapping entries of `description`.
    private func wrappingNames(of description: String, in keyring: KernelKeyring) -> [String] {
        keyring.descriptions(startingWith: description + KernelKeyring.wrappingMarker)
    }

    @Test("A signing key and an encryption key come back as the same keys", arguments: [true, false])
    func roundTrip(withEncryption: Bool) throws {
        let keyring = try KernelKeyring.session(), description = name()
        defer { keyring.removeKeys(named: description) }
        let signing = try #require(signing)
        try keyring.store(signing: signing, encryption: withEncryption ? encryption : nil, named: description, seconds: 60)
        let found = try #require(try keyring.keys(named: description))
        #expect(found.signing.publicKey == signing.publicKey)
        #expect(found.signing.signature(for: [1, 2, 3]) == signing.signature(for: [1, 2, 3]))
        #expect(found.encryption?.publicKey == (withEncryption ? encryption?.publicKey : nil))
        #expect(keyring.descriptions(startingWith: description).count == 2)
        #expect(keyring.removeKeys(named: description))
        #expect(try keyring.keys(named: description) == nil)
        #expect(keyring.descriptions(startingWith: description).isEmpty)
    }

    @Test("The sealed entry holds neither the seed nor the X25519 secret in the clear")
    func sealedInTheKernel() throws {
        let keyring = try KernelKeyring.session(), description = name()
        defer { keyring.removeKeys(named: description) }
        try keyring.store(signing: try #require(signing), encryption: encryption, named: description, seconds: 60)
        let bytes = try copy(of: description, in: keyring).withUnsafePointer { Array(UnsafeBufferPointer(start: $0, count: 121)) }
        #expect(bytes.count == 1 + 16 + 24 + 64 + 16)
        for secret in [Array(repeating: UInt8(7), count: 32), Array(repeating: UInt8(9), count: 32)] {
            #expect(!(0...(bytes.count - 32)).contains { Array(bytes[$0..<($0 + 32)]) == secret })
        }
    }

    @Test("A copy of the sealed entry taken before its wrapping key is destroyed (lock, time-out, a new unlock) opens nothing")
    func copyAfterWrappingKeyIsGone() throws {
        let keyring = try KernelKeyring.session(), description = name()
        defer { keyring.removeAllKeys(startingWith: description) }
        try keyring.store(signing: try #require(signing), encryption: encryption, named: description, seconds: 60)
        let earlier = try copy(of: description, in: keyring)

        keyring.removeKeys(named: description)  // lock
        try keyring.add(earlier, named: description, seconds: 60)
        #expect(try keyring.keys(named: description) == nil)
        #expect(keyring.descriptions(startingWith: description).isEmpty, "the useless copy is removed")

        try keyring.store(signing: try #require(signing), encryption: encryption, named: description, seconds: 60)
        let second = try copy(of: description, in: keyring)
        for wrapping in wrappingNames(of: description, in: keyring) { keyring.remove(named: wrapping) }  // its time is up
        try keyring.add(second, named: description, seconds: 60)
        #expect(try keyring.keys(named: description) == nil)

        try keyring.store(signing: try #require(signing), encryption: encryption, named: description, seconds: 60)
        let third = try copy(of: description, in: keyring)
        try keyring.store(signing: try #require(signing), encryption: encryption, named: description, seconds: 60)  // unlocked again
        #expect(wrappingNames(of: description, in: keyring).count == 1, "the earlier wrapping key is destroyed")
        try keyring.add(third, named: description, seconds: 60)
        #expect(try keyring.keys(named: description) == nil)
    }

    @Test("An entry that does not hold keys in this form is an error, and dropped", arguments: [
        [2] + Array(repeating: UInt8(1), count: 32), [1] + Array(repeating: UInt8(7), count: 64), [2] + Array(repeating: UInt8(2), count: 119), [2],
    ])
    func garbledEntry(_ payload: [UInt8]) throws {
        let keyring = try KernelKeyring.session(), description = name()
        defer { keyring.removeKeys(named: description) }
        try keyring.add(SecureBuffer(copying: payload), named: description, seconds: 60)
        #expect(throws: KeyringError.self) { try keyring.keys(named: description) }
        #expect(keyring.descriptions(startingWith: description).isEmpty)
    }

    @Test("A sealed entry that its wrapping key does not open is an error, and both are dropped")
    func wrongWrappingKey() throws {
        let keyring = try KernelKeyring.session(), description = name()
        defer { keyring.removeAllKeys(startingWith: description) }
        try keyring.store(signing: try #require(signing), encryption: encryption, named: description, seconds: 60)
        let wrapping = try #require(wrappingNames(of: description, in: keyring).first)
        try keyring.add(SecureBuffer(copying: Array(repeating: 3, count: 32)), named: wrapping, seconds: 60)
        do {
            _ = try keyring.keys(named: description)
            Issue.record("a seal the wrapping key does not open was accepted")
        } catch {
            #expect(error.code == "unlocked-keys-unusable" && error.message.contains(description))
        }
        #expect(keyring.descriptions(startingWith: description).isEmpty)
    }

    @Test("Nothing is found under a name never stored")
    func missing() throws {
        #expect(try KernelKeyring.session().keys(named: name()) == nil)
        #expect(!(try KernelKeyring.session()).removeKeys(named: name()))
    }
}
