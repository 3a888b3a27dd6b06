import Sodium

/// An actor as the registry knows them at some seq: profile, current key and standing.
public struct RegisteredActor: Sendable, Equatable {
    /// The profile the actor was enrolled with (its `publicKey` is the key at enrolment).
    public let profile: ActorProfile
    /// The key the actor signs with now.
    public internal(set) var publicKey: Ed25519PublicKey
    /// The key case keys are sealed to for the actor now.
    public internal(set) var encryptionKey: X25519PublicKey
    /// The seq of the event that enrolled the actor (0 for the first administrator).
    public let enrolledAt: Int
    /// The seqs of the events that rotated the actor's key, oldest first.
    public internal(set) var keyRotations: [Int] = []
    /// The keys the actor held before each rotation, oldest first (`previousKeys[i]` until `keyRotations[i]`).
    public internal(set) var previousKeys: [Ed25519PublicKey] = []
    /// The seq of the revocation, if the actor was revoked.
    public internal(set) var revokedAt: Int?
    /// Why the actor was revoked.
    public internal(set) var revocationReason: String?

    /// An actor as enrolled, with the keys of their profile.
    init(profile: ActorProfile, enrolledAt seq: Int) {
        self.profile = profile
        publicKey = profile.publicKey
        encryptionKey = profile.encryptionKey
        enrolledAt = seq
    }

    /// Whether the actor may still sign.
    public var isActive: Bool { revokedAt == nil }

    /// Whether the actor may still sign and administers the logbook.
    public var isActiveAdministrator: Bool { isActive && profile.isAdministrator }

    /// The key the actor held once the log had `size` events, if they were enrolled and not revoked then:
    /// a key registered at seq s (enrolment or rotation) holds from size s + 1 until the next rotation.
    /// - Parameter size: A number of events.
    /// - Returns: That key, or `nil`.
    public func key(atSize size: Int) -> Ed25519PublicKey? {
        guard enrolledAt < size, revokedAt.map({ $0 >= size }) ?? true else { return nil }
        guard let index = keyRotations.firstIndex(where: { $0 >= size }) else { return publicKey }
        return previousKeys[index]
    }
}

extension RegisteredActor {
    /// The current public key in base64, as registry events write it.
    public var publicKeyBase64: String { Base64.encode(publicKey.bytes) }

    /// The current encryption key in base64, as registry events write it.
    public var encryptionKeyBase64: String { Base64.encode(encryptionKey.bytes) }
}
