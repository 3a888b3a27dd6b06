import Ledger

/// Why a protocol profile, or its adoption, was refused.
///
/// Each case has a stable ``code`` for machines and tests and a ``message`` for people; `path` names the
/// member of the profile concerned, e.g. `decision.citations[0]`.
public enum ProfileError: Error, Equatable, Sendable {
    /// The text is not JSON (or not the JSON subset Logboek accepts).
    case invalidJSON(String)
    /// A required member is missing.
    case missingMember(path: String)
    /// A member the profile format does not know.
    case unknownMember(path: String)
    /// A member has the wrong JSON type.
    case wrongType(path: String, expected: String)
    /// A role slug that is not one of Ledger's roles.
    case unknownRole(path: String, slug: String)
    /// A citation names no seed file, a bad line range or an empty quote.
    case badCitation(path: String, reason: String)
    /// A value of the right type that the rules do not allow (a bad slug, an age band with a gap, ...).
    case invalidValue(path: String, reason: String)
    /// No built-in profile has this name.
    case unknownProfile(name: String)
    /// The author of a `profile.adopted` event is not an active administrator.
    case notAdministrator(actor: String)
    /// A `profile.adopted` draft of the wrong type or stream, or with a bad payload shape.
    case invalidAdoption(String)

    /// A stable, machine-readable identifier of the kind of error.
    public var code: String {
        switch self {
        case .invalidJSON: "profile-invalid-json"
        case .missingMember: "profile-missing-member"
        case .unknownMember: "profile-unknown-member"
        case .wrongType: "profile-wrong-type"
        case .unknownRole: "profile-unknown-role"
        case .badCitation: "profile-bad-citation"
        case .invalidValue: "profile-invalid-value"
        case .unknownProfile: "profile-unknown"
        case .notAdministrator: "profile-adoption-not-administrator"
        case .invalidAdoption: "profile-adoption-invalid"
        }
    }

    /// A sentence for people: what is wrong and where.
    public var message: String {
        switch self {
        case .invalidJSON(let reason): "the profile is not valid JSON: \(reason)"
        case .missingMember(let path): "the profile has no '\(path)'"
        case .unknownMember(let path): "the profile has an unknown member '\(path)'"
        case .wrongType(let path, let expected): "'\(path)' in the profile is not \(expected)"
        case .unknownRole(let path, let slug): "'\(slug)' at '\(path)' is not a role (\(Role.slugList))"
        case .badCitation(let path, let reason): "the citation at '\(path)' is wrong: \(reason)"
        case .invalidValue(let path, let reason): "'\(path)' in the profile is wrong: \(reason)"
        case .unknownProfile(let name):
            "there is no built-in profile '\(name)' (\(ProtocolProfile.builtIns.map(\.name).joined(separator: ", "))) and no such file"
        case .notAdministrator(let actor):
            "only an administrator may adopt a protocol profile; '\(actor)' is not an active administrator of this logbook"
        case .invalidAdoption(let reason): "not a valid profile adoption: \(reason)"
        }
    }
}
