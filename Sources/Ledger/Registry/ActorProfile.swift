import Foundation
import Sodium

/// Who an actor is, as an enrolment records it: id, name, roles, rights and public keys.
public struct ActorProfile: Sendable, Equatable {
    /// The actor id, a lowercase slug such as `ib.devries`.
    public let id: String
    /// The actor's name as people know it.
    public let name: String
    /// The roles the actor holds, at least one.
    public let roles: [Role]
    /// Whether the actor may enrol, rotate and revoke others.
    public let isAdministrator: Bool
    /// Qualifications, as slugs (e.g. `diagnosis` for someone who may record diagnoses).
    public let qualifications: [String]
    /// The key the actor signs with.
    public let publicKey: Ed25519PublicKey
    /// The key case keys are sealed to for the actor (X25519, `crypto_box_seal`).
    public let encryptionKey: X25519PublicKey

    /// Creates a profile, checking every field.
    /// - Parameters:
    ///   - id: The actor id.
    ///   - name: The actor's name (not empty).
    ///   - roles: At least one role.
    ///   - isAdministrator: Whether the actor administers the logbook.
    ///   - qualifications: Qualification slugs.
    ///   - publicKey: The signing key.
    ///   - encryptionKey: The key case keys are sealed to.
    /// - Throws: ``LedgerError/invalidInput(_:)`` saying which field is wrong.
    public init(
        id: String, name: String, roles: [Role], isAdministrator: Bool, qualifications: [String],
        publicKey: Ed25519PublicKey, encryptionKey: X25519PublicKey
    ) throws(LedgerError) {
        guard Names.isActorID(id) else {
            throw .invalidInput("'\(id)' is not an actor id: use lowercase letters, digits and . _ - (e.g. ib.devries)")
        }
        guard !name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .invalidInput("the name of '\(id)' is empty") }
        guard !roles.isEmpty else { throw .invalidInput("'\(id)' needs at least one role: \(Role.slugList)") }
        if let bad = qualifications.first(where: { !Names.isActorID($0) }) {
            throw .invalidInput("'\(bad)' is not a qualification slug: use lowercase letters, digits and . _ -")
        }
        self.id = id
        self.name = name
        self.roles = Array(Set(roles)).sorted()
        self.isAdministrator = isAdministrator
        self.qualifications = Array(Set(qualifications)).sorted()
        self.publicKey = publicKey
        self.encryptionKey = encryptionKey
    }

    /// The profile as the JSON object registry events carry.
    public var json: JSONValue {
        .object([
            "id": .string(id),
            "name": .string(name),
            "roles": .array(roles.map { .string($0.rawValue) }),
            "admin": .bool(isAdministrator),
            "qualifications": .array(qualifications.map { .string($0) }),
            "publicKey": .string(Base64.encode(publicKey.bytes)),
            "encryptionKey": .string(Base64.encode(encryptionKey.bytes)),
        ])
    }

    /// Reads a profile from a registry event's JSON.
    /// - Parameter value: The JSON object.
    /// - Throws: ``EventProblem`` (`malformed-event`) naming the first bad field.
    init(json value: JSONValue) throws(EventProblem) {
        var reader = try EnvelopeReader(value, what: "the actor")
        let id = try reader.name("id", valid: Names.isActorID)
        let name = try reader.string("name")
        let roles = try reader.strings("roles").map { slug throws(EventProblem) in
            guard let role = Role(rawValue: slug) else {
                throw EventProblem(code: .malformedEvent, message: "'\(slug)' is not a role (\(Role.slugList))")
            }
            return role
        }
        guard let isAdministrator = try reader.member("admin").boolValue else {
            throw EventProblem(code: .malformedEvent, message: "'admin' is not true or false")
        }
        let qualifications = try reader.strings("qualifications")
        let keyBytes = try reader.base64("publicKey", length: Ed25519PublicKey.length)
        let encryptionKey = try reader.encryptionKey("encryptionKey")
        try reader.requireNoOtherMembers()
        guard let publicKey = try? Ed25519PublicKey(bytes: keyBytes) else {
            throw EventProblem(code: .malformedEvent, message: "'publicKey' is not a valid Ed25519 public key (a small-order or non-canonical point is refused)")
        }
        do {
            try self.init(
                id: id, name: name, roles: roles, isAdministrator: isAdministrator, qualifications: qualifications,
                publicKey: publicKey, encryptionKey: encryptionKey)
        } catch {
            throw EventProblem(code: .malformedEvent, message: "the actor profile is invalid: \(error.message)")
        }
        guard self.json == value else {
            throw EventProblem(code: .malformedEvent, message: "the roles or qualifications are not sorted and unique")
        }
    }
}
