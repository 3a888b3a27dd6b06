import Meldcode

/// A command-line flag bound to a payload member: a top-level field, or a field of a nested object
/// (`--source-kind` sets `source.kind`).
struct FlagBinding {
    /// The object member holding the field, for a nested one (e.g. `source`).
    let parent: FieldSpec?
    /// The field the flag sets.
    let field: FieldSpec

    /// The flag's name: the members' names in kebab case, joined (`observedOn` → `observed-on`).
    var name: String {
        ([parent, field].compactMap { $0 }.map { FieldInput.flagName($0) }).joined(separator: "-")
    }

    /// The bindings of an event type: its scalar and list fields, and those of its nested objects.
    static func all(for definition: EventDefinition) -> [FlagBinding] {
        definition.payload.fields.flatMap { field -> [FlagBinding] in
            guard case .object(let schema) = field.kind else {
                return FieldInput.hasFlag(field) ? [FlagBinding(parent: nil, field: field)] : []
            }
            return schema.fields.filter(FieldInput.hasFlag).map { FlagBinding(parent: field, field: $0) }
        }
    }
}
