import Ledger

/// What the school decided for one parents' report: why it is safe to share after a conversation skipped
/// for safety, which items it releases or redacts (each with a reason), and whom the parents may contact.
public struct ParentsChoices: Sendable, Equatable {
    /// Why the school judged the report safe to share although talking with the parents was skipped for safety.
    public let judgedSafe: String?
    /// The items released whole, by seq, with the school's reason.
    public let releases: [Int: String]
    /// The items shown with every name, role, third party and mention of Veilig Thuis taken out, by seq, with the reason.
    public let redactions: [Int: String]
    /// The contact person at school and how to reach them, as the parents read it.
    public let contact: String?

    /// Creates the school's choices.
    /// - Parameters:
    ///   - judgedSafe: Why the report is safe to share after a safety skip.
    ///   - releases: Items released whole, with reasons.
    ///   - redactions: Items redacted, with reasons.
    ///   - contact: The contact person and how to reach them.
    public init(judgedSafe: String? = nil, releases: [Int: String] = [:], redactions: [Int: String] = [:], contact: String? = nil) {
        self.judgedSafe = judgedSafe
        self.releases = releases
        self.redactions = redactions
        self.contact = contact
    }
}

/// What a protected parents' report did with one event of the case: the school's record of it, which goes
/// into `report.issued` so an inspector can see why something reached a suspected parent, and never into the
/// report itself.
public struct ParentsDecision: Sendable, Equatable {
    /// What happened to the item.
    public enum Outcome: String, Sendable, Equatable {
        /// Shown whole: nothing in it needed protection, or the school released it.
        case released
        /// Shown with names, roles, third parties and mentions of Veilig Thuis taken out.
        case redacted
        /// Left out.
        case withheld
        /// Its text names someone or something the report protects, and the school has not yet released or redacted it.
        case pending

        /// The Dutch word, for the school's draft.
        public var dutchName: String {
            switch self {
            case .released: "getoond"
            case .redacted: "getoond, met weglatingen"
            case .withheld: "achtergehouden"
            case .pending: "wacht op een besluit"
            }
        }
    }

    /// The event's seq.
    public let seq: Int
    /// Its Dutch type name.
    public let title: String
    /// What happened to it.
    public let outcome: Outcome
    /// Why: the school's reason for a release or redaction, or the ground it was withheld or shown on.
    public let ground: String
    /// What the report found in its text, or why it is withheld by default (for the school's draft).
    public let found: [String]

    /// The decision as `report.issued` records it: `{"seq", "decision", "ground"}`.
    public var json: JSONValue { .object(["seq": .integer(Int64(seq)), "decision": .string(outcome.rawValue), "ground": .string(ground)]) }
}
