import Ledger

extension PayloadSchema {
    /// The JSON Schema (2020-12) of an object with these members, refusing any other member.
    /// - Parameter extra: Members the logbook itself adds (the top-level `salt`), allowed and required.
    /// - Returns: The schema object.
    func jsonSchema(adding extra: [String: JSONValue] = [:]) -> [String: JSONValue] {
        var properties = extra
        for field in fields {
            let description = field.description + Self.choiceList(field.kind)
            properties[field.name] = .object(Self.jsonSchema(of: field.kind).merging(["description": .string(description)]) { $1 })
        }
        var schema: [String: JSONValue] = [
            "type": .string("object"),
            "additionalProperties": .bool(false),
            "required": .array((fields.filter(\.isRequired).map(\.name) + extra.keys.sorted()).map { .string($0) }),
            "properties": .object(properties),
        ]
        if !conditions.isEmpty {
            schema["allOf"] = .array(conditions.map { condition in
                .object([
                    "if": .object([
                        "properties": .object([condition.field: .object(["const": condition.value])]),
                        "required": .array([.string(condition.field)]),
                    ]),
                    "then": .object(["required": .array(condition.required.map { .string($0) })]),
                ])
            })
        }
        return schema
    }

    /// The values of a choice field with their Dutch labels, for the description.
    private static func choiceList(_ kind: FieldKind) -> String {
        switch kind {
        case .choice(let choices), .list(.choice(let choices), _):
            " Values: " + choices.map { "\($0.value) = \($0.label)" }.joined(separator: "; ") + "."
        default:
            ""
        }
    }

    private static func jsonSchema(of kind: FieldKind) -> [String: JSONValue] {
        switch kind {
        case .text:
            ["type": .string("string"), "minLength": .integer(1)]
        case .line:
            ["type": .string("string"), "minLength": .integer(1), "maxLength": .integer(Int64(FieldKind.lineLimit))]
        case .date:
            ["type": .string("string"), "format": .string("date"), "pattern": .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
        case .integer(let minimum):
            ["type": .string("integer"), "minimum": .integer(minimum), "maximum": .integer(PayloadLimits.maximumInteger)]
        case .boolean:
            ["type": .string("boolean")]
        case .choice(let choices):
            ["enum": .array(choices.map { .string($0.value) })]
        case .reference:
            ["type": .string("integer"), "minimum": .integer(0), "maximum": .integer(PayloadLimits.maximumInteger)]
        case .actor:
            ["type": .string("string"), "pattern": .string("^[a-z0-9][a-z0-9._-]*$"), "maxLength": .integer(Int64(Names.maximumLength))]
        case .object(let schema):
            schema.jsonSchema()
        case .list(let element, let minimum):
            ["type": .string("array"), "items": .object(jsonSchema(of: element)), "minItems": .integer(Int64(minimum))]
        }
    }
}
