import Ledger

extension PayloadSchema {
    /// The first required member a recorded payload lacks or holds in another shape than its kind (a text where a
    /// number belongs, a list where an object belongs), at any depth; `nil` when the payload decodes. Shapes only:
    /// what a member says was checked when it was recorded, under the rules then in force.
    /// - Parameter payload: The payload.
    /// - Returns: The member's path (e.g. `source.kind`) and what is wrong with it, or `nil`.
    public func undecodableMember(in payload: [String: JSONValue]) -> (path: String, problem: String)? {
        for field in fields {
            guard let value = payload[field.name] else {
                if field.isRequired { return (field.name, "is missing") }
                continue
            }
            if let inner = Self.undecodable(value, as: field.kind) { return (field.name + inner.suffix, inner.problem) }
        }
        return nil
    }

    private static func undecodable(_ value: JSONValue, as kind: FieldKind) -> (suffix: String, problem: String)? {
        switch (kind, value) {
        case (.text, .string), (.line, .string), (.date, .string), (.choice, .string), (.actor, .string),
             (.integer, .integer), (.reference, .integer), (.boolean, .bool):
            return nil
        case (.object(let schema), .object(let members)):
            return schema.undecodableMember(in: members).map { ("." + $0.path, $0.problem) }
        case (.list(let element, _), .array(let items)):
            for (index, item) in items.enumerated() {
                if let inner = undecodable(item, as: element) { return ("[\(index)]" + inner.suffix, inner.problem) }
            }
            return nil
        default:
            return ("", "is not \(kind.shapeName)")
        }
    }
}

extension FieldKind {
    /// The JSON shape a value of this kind has, in words.
    var shapeName: String {
        switch self {
        case .text, .line, .date, .choice, .actor: "text"
        case .integer, .reference: "a whole number"
        case .boolean: "true or false"
        case .object: "an object"
        case .list: "a list"
        }
    }
}
