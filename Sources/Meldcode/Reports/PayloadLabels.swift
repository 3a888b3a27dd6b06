import Ledger

/// Checks that every member and every fixed value of a payload has a Dutch label, so nothing reaches a
/// report untranslated. A report shows an unlabelled member under its English name; the tests
/// require that this never happens.
public enum PayloadLabels {
    /// The members and values of a payload that have no Dutch label.
    /// - Parameters:
    ///   - payload: A payload (its `salt` is ignored).
    ///   - type: Its event type.
    /// - Returns: Paths such as `kind` (a member not in the type) or `kind=weird` (a value not in its list);
    ///   `type` itself when the catalogue does not know it.
    public static func unlabelled(_ payload: [String: JSONValue], type: String) -> [String] {
        guard let definition = EventCatalogue.standard.definition(of: type) else { return [type] }
        var members = payload
        members["salt"] = nil
        return unlabelled(members, schema: definition.payload, path: "")
    }

    private static func unlabelled(_ members: [String: JSONValue], schema: PayloadSchema, path: String) -> [String] {
        members.keys.sorted().flatMap { name -> [String] in
            let memberPath = path + name
            guard let field = schema.field(name), !field.label.isEmpty, let value = members[name] else { return [memberPath] }
            return unlabelled(value, kind: field.kind, path: memberPath)
        }
    }

    private static func unlabelled(_ value: JSONValue, kind: FieldKind, path: String) -> [String] {
        switch (kind, value) {
        case (.choice(let choices), .string(let text)):
            return choices.contains { $0.value == text && !$0.label.isEmpty } ? [] : ["\(path)=\(text)"]
        case (.object(let schema), .object(let members)):
            return unlabelled(members, schema: schema, path: path + ".")
        case (.list(let element, _), .array(let items)):
            return items.flatMap { unlabelled($0, kind: element, path: path + "[]") }
        default:
            return []
        }
    }
}
