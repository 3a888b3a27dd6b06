import Meldcode

/// A command-line flag bound to a payload member: a top-level field, or a field of a nested object
/// (`--source-kind` sets `source.kind`).
struct FlagBinding {
    /// The object member holding the field, for a nested one (e.g. `source`).
    let parent: FieldSpec?
    /// The field the flag sets.
    let field: FieldSpec

    /// The names `record` keeps for its own options and the global ones; a field whose flag would take one
    /// gets its kind as a suffix instead (`help` → `--help-text`, `--help-seq`), so `--help` always means help.
    static let reservedNames: Set<String> = ["help", "logbook", "json", "case", "payload", "guided", "as", "passphrase-file", "lock-timeout"]

    /// The flag's name: the members' names in kebab case, joined (`observedOn` → `observed-on`), with the
    /// field's kind as a suffix where that name is reserved.
    var name: String {
        let base = ([parent, field].compactMap { $0 }.map(\.flagName)).joined(separator: "-")
        guard Self.reservedNames.contains(base) else { return base }
        if case .reference = field.kind { return base + "-seq" }
        return base + "-text"
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
