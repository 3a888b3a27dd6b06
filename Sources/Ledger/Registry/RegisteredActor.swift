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
}

extension RegisteredActor {
    /// The current public key in base64, as registry events write it.
    public var publicKeyBase64: String { Base64.encode(publicKey.bytes) }
}
