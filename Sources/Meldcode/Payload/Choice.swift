/// One permitted value of a ``FieldKind/choice(_:)`` field, with its Dutch name and label.
public struct Choice: Sendable, Equatable {
    /// The value as the payload carries it, e.g. `child-words`: the stable slug `--json` shows.
    public let value: String
    /// What the value means, in Dutch, e.g. `eigen woorden van het kind`.
    public let label: String
    /// The value's short Dutch name, as text output shows it and as it may be typed (e.g. `eigen woorden`);
    /// the label where no shorter name is given.
    public let name: String

    /// Creates a choice.
    /// - Parameters:
    ///   - value: The value as the payload carries it.
    ///   - label: Its Dutch label.
    ///   - name: Its short Dutch name, if shorter than the label.
    public init(_ value: String, _ label: String, name: String? = nil) {
        self.value = value
        self.label = label
        self.name = name ?? label
    }

    /// The slug a typed text names: the slug itself, or the Dutch name or label, with case, hyphens and spacing ignored
    /// (`sterk vermoeden`, `Sterk-vermoeden` and `strong-suspicion` all name `strong-suspicion`).
    /// - Parameters:
    ///   - text: What was typed.
    ///   - choices: The permitted values.
    /// - Returns: The slug, or `nil` if the text names none of them.
    public static func resolve(_ text: String, in choices: [Choice]) -> String? {
        if let exact = choices.first(where: { $0.value.utf8.elementsEqual(text.utf8) }) { return exact.value }
        let wanted = normalised(text)
        return choices.first { [$0.value, $0.name, $0.label].map(normalised).contains(wanted) }?.value
    }

    /// The Dutch name of a slug among choices, or the slug itself when it is none of theirs.
    /// - Parameters:
    ///   - value: A slug.
    ///   - choices: The permitted values.
    /// - Returns: The Dutch name.
    public static func name(of value: String, in choices: [Choice]) -> String {
        choices.first { $0.value.utf8.elementsEqual(value.utf8) }?.name ?? value
    }

    /// A text compared as words: lower case, hyphens and runs of white space as one space.
    static func normalised(_ text: String) -> String {
        text.lowercased().split { $0 == "-" || $0 == "_" || $0.isWhitespace }.joined(separator: " ")
    }
}
