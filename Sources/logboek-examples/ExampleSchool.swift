import Foundation
import Ledger
import Meldcode
import Sodium

/// The school the examples happen in (`school.json`): its name, its protocol profile, and its staff with
/// the passphrases that seal their keys in the example logbook.
struct ExampleSchool {
    /// One member of staff.
    struct Member {
        /// Their enrolment.
        let profile: ActorProfile
        /// Their private key.
        let key: Ed25519SigningKey
        /// Their X25519 key, which opens their copies of case keys.
        let encryptionKey: X25519SecretKey
        /// The passphrase their key file is sealed with.
        let passphrase: String
    }

    /// The organisation's name.
    let organisation: String
    /// The profile the school adopts.
    let profile: ProtocolProfile
    /// When the logbook is created (and the staff enrolled).
    let createdAt: Timestamp
    /// The staff; the first is the administrator who creates the logbook.
    let cast: [Member]

    /// Reads `school.json`, giving each member a fresh key.
    init(at url: URL) throws {
        let file = url.lastPathComponent
        let object = try ExampleFile.object(at: url)
        organisation = try ExampleFile.string(object, "organisation", in: file)
        profile = try ProtocolProfile.builtIn(named: try ExampleFile.string(object, "profile", in: file))
        createdAt = try ExampleFile.timestamp(object, "createdAt", in: file)
        cast = try (object["cast"]?.arrayValue ?? []).map { try Self.member($0, in: file) }
        guard cast.first?.profile.isAdministrator == true else {
            throw ExampleError(description: "\(file): the first member of the cast must be an administrator")
        }
    }

    private static func member(_ value: JSONValue, in file: String) throws -> Member {
        guard let object = value.objectValue else { throw ExampleError(description: "\(file): a cast member must be an object") }
        let roles = try (object["roles"]?.arrayValue ?? []).map { role in
            guard let slug = role.stringValue, let role = Role(rawValue: slug) else {
                throw ExampleError(description: "\(file): unknown role \(role)")
            }
            return role
        }
        let key = Ed25519SigningKey()
        let encryptionKey = X25519SecretKey()
        let profile = try ActorProfile(
            id: try ExampleFile.string(object, "id", in: file), name: try ExampleFile.string(object, "name", in: file), roles: roles,
            isAdministrator: object["administrator"]?.boolValue ?? false, qualifications: [], publicKey: key.publicKey,
            encryptionKey: encryptionKey.publicKey)
        return Member(profile: profile, key: key, encryptionKey: encryptionKey, passphrase: try ExampleFile.string(object, "passphrase", in: file))
    }
}
