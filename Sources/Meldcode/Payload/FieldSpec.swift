/// One member of a payload: its name, kind, whether it must be present, and how people read it.
public struct FieldSpec: Sendable, Equatable {
    /// The member's name in the payload (English, lowerCamelCase).
    public let name: String
    /// What it holds.
    public let kind: FieldKind
    /// Whether the member must be present.
    public let isRequired: Bool
    /// The Dutch term, used in guided prompts and in the schema's description.
    public let label: String
    /// What the member means, in English.
    public let summary: String
    /// The refusal for a payload where this member is missing or not acceptable, when it is not the
    /// general ``Refusal/invalidPayload`` (e.g. a skipped conversation without a permitted reason).
    public let refusal: Refusal

    /// Creates a field.
    /// - Parameters:
    ///   - name: The member's name.
    ///   - kind: What it holds.
    ///   - required: Whether it must be present.
    ///   - label: The Dutch term.
    ///   - summary: What it means, in English.
    ///   - refusal: The refusal when it is missing or wrong.
    public init(
        _ name: String, _ kind: FieldKind, required: Bool = true, label: String, summary: String,
        refusal: Refusal = .invalidPayload
    ) {
        self.name = name
        self.kind = kind
        self.isRequired = required
        self.label = label
        self.summary = summary
        self.refusal = refusal
    }

    /// The member's name as a command-line flag spells it, in kebab case: `observedOn` → `observed-on`.
    public var flagName: String {
        name.reduce(into: "") { result, character in
            if character.isUppercase { result += "-" + character.lowercased() } else { result.append(character) }
        }
    }

    /// The schema description: the Dutch term, then the English explanation.
    public var description: String { "\(label) — \(summary)" }
}
