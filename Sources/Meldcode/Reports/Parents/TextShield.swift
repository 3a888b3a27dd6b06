import Foundation

/// What a report does to free text before showing it: nothing, or replacing every identifying string of
/// a shielded melder (name, surname, actor id, role) with a neutral mark, as a whole word, whatever its case.
struct TextShield: Sendable {
    /// The strings to remove, longest first (so a full name goes before its surname).
    let identifying: [String]

    /// The mark shown in place of an identifying string: the same as a redaction's, so it does not say that a melder is shielded.
    static let mark = SensitiveText.mark

    /// Creates a shield.
    /// - Parameter identifying: The strings to remove (empty ones are ignored).
    init(identifying: [String]) {
        self.identifying = Array(Set(identifying.filter { !$0.isEmpty })).sorted { $0.count > $1.count }
    }

    /// The text with every identifying string replaced by ``mark``.
    /// - Parameter text: Free text from a payload.
    /// - Returns: The shielded text.
    func apply(_ text: String) -> String {
        identifying.reduce(text) { text, needle in
            let pattern = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: needle) + "(?![\\p{L}\\p{N}])"
            guard let expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return text }
            let range = NSRange(text.startIndex..., in: text)
            return expression.stringByReplacingMatches(in: text, range: range, withTemplate: NSRegularExpression.escapedTemplate(for: Self.mark))
        }
    }
}
