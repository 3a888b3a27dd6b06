/// Why the meldcode layer refused a request; nothing was written.
public enum MeldcodeError: Error, Equatable, Sendable {
    /// A rule of the meldcode refuses the event; the text says which member or event is at fault.
    case refused(Refusal, String)
    /// A type that is not in the meldcode's catalogue where one was required.
    case unknownType(String)
    /// A recorded payload lacks a member its type requires, or holds it in another shape: the text names the event
    /// and the member. The log holds what it holds; the case cannot be read as the meldcode describes it.
    case undecodable(String)

    /// A stable, machine-readable identifier of the kind of error.
    public var code: String {
        switch self {
        case .refused(let refusal, _): refusal.code
        case .unknownType: "unknown-type"
        case .undecodable: "payload-undecodable"
        }
    }

    /// A sentence for people: what is wrong and what to do about it.
    public var message: String {
        switch self {
        case .refused(let refusal, let detail): "\(detail); \(refusal.advice)"
        case .unknownType(let type): "'\(type)' is not a meldcode event type; `logboek record --help` lists them"
        case .undecodable(let detail):
            "\(detail); `logboek verify` checks the log itself, and a correction (`record.corrected`) can supply the member"
        }
    }

    /// The seed the rule comes from, if it is a meldcode rule.
    public var seed: String? {
        guard case .refused(let refusal, _) = self else { return nil }
        return refusal.seed
    }
}
