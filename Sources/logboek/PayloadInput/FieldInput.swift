import Ledger
import Meldcode

/// Turning what a user typed (a flag's values, a guided answer) into a payload value of a field's kind.
enum FieldInput {
    /// How every list flag and list answer reads, for help texts.
    static let listRule = "A list takes its flag once per element. A list of closed values (seqs, actors, choices) also "
        + "takes elements separated by commas (5,6); a list of names or text is never split: repeat the flag for each."

    /// The value for `texts` (one per flag occurrence or answer), or `nil` if they do not fit the kind.
    /// A list of closed values also splits each text on commas (``listRule``); free text never is, so
    /// "mevr. A. Koster, buurvrouw" stays one source.
    static func value(_ texts: [String], for kind: FieldKind) -> JSONValue? {
        guard case .list(let element, _) = kind else { return texts.last.flatMap { scalar($0, for: kind) } }
        let items = isFreeText(element) ? texts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : texts.flatMap(elements)
        let values = items.compactMap { scalar($0, for: element) }
        return values.count == items.count ? .array(values) : nil
    }

    /// Whether values of a kind are free text (a name, a role, a sentence), which a comma never splits.
    static func isFreeText(_ kind: FieldKind) -> Bool {
        switch kind {
        case .text, .line: true
        default: false
        }
    }

    /// Whether a flag of a kind takes free text (a text, or a list of texts), so that it has a file form too.
    static func takesFreeText(_ kind: FieldKind) -> Bool {
        guard case .list(let element, _) = kind else { return isFreeText(kind) }
        return isFreeText(element)
    }

    /// Whether a field can be given as one command-line flag (everything but objects and lists of them).
    static func hasFlag(_ field: FieldSpec) -> Bool {
        switch field.kind {
        case .object, .list(.object, _), .list(.list, _): false
        default: true
        }
    }

    /// The placeholder a flag's help shows for its value.
    static func placeholder(_ kind: FieldKind) -> String {
        switch kind {
        case .text, .line: "TEXT"
        case .date: "YYYY-MM-DD"
        case .integer: "N"
        case .boolean: "true|false"
        case .choice(let choices): choices.count <= 6 ? choices.map(\.value).joined(separator: "|") : "VALUE"
        case .reference: "SEQ"
        case .actor: "ACTOR"
        case .object: "OBJECT"
        case .list(let element, _): placeholder(element)
        }
    }

    /// The elements of one list text: split on commas not preceded by a backslash, `\,` read as a comma,
    /// each trimmed; empty elements dropped.
    static func elements(_ text: String) -> [String] {
        var elements = [String]()
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                current.append(character == "," ? "," : "\\\(character)")
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "," {
                elements.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        elements.append(current)
        return elements.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func scalar(_ text: String, for kind: FieldKind) -> JSONValue? { FieldValue.parse(text, for: kind) }
}
