import Ledger

/// A value typed as text (a flag, a guided answer, a correction's new value) read as a value of a field's kind.
/// A choice takes its slug or its Dutch name (``Choice/resolve(_:in:)``); a yes/no takes `true`/`false` or `ja`/`nee`.
public enum FieldValue {
    /// The value of one text for a kind that holds one value.
    /// - Parameters:
    ///   - text: What was typed.
    ///   - kind: The field's kind.
    /// - Returns: The value, or `nil` if the text does not fit the kind.
    public static func parse(_ text: String, for kind: FieldKind) -> JSONValue? {
        switch kind {
        case .integer, .reference: Int64(text).map(JSONValue.integer)
        case .boolean: ["true": true, "ja": true, "false": false, "nee": false][text.lowercased()].map(JSONValue.bool)
        case .choice(let choices): Choice.resolve(text, in: choices).map(JSONValue.string)
        case .object, .list: nil
        default: .string(text)
        }
    }
}
