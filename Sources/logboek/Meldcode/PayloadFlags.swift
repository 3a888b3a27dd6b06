import Ledger
import Meldcode

/// The command-line flags of an event type, generated from its payload description.
enum PayloadFlags {
    /// One option per scalar or list field, including those of nested objects; lists may repeat.
    static func options(for definition: EventDefinition) -> [OptionSpec] {
        FlagBinding.all(for: definition).map { binding in
            var repeatable = false
            if case .list = binding.field.kind { repeatable = true }
            let need = binding.field.isRequired ? "required" : "optional"
            let within = binding.parent.map { " (in \($0.name))" } ?? ""
            return OptionSpec(
                name: binding.name, valueName: FieldInput.placeholder(binding.field.kind),
                help: "\(binding.field.summary)\(within)\(choiceList(binding.field.kind)) [\(binding.field.label); \(need)]", repeatable: repeatable)
        }
    }

    /// The values of a choice the placeholder does not show (more than six, at most twelve), for the help.
    private static func choiceList(_ kind: FieldKind) -> String {
        guard case .choice(let choices) = kind, (7...12).contains(choices.count) else { return "" }
        return " One of: " + choices.map(\.value).joined(separator: ", ") + "."
    }

    /// The payload the flags give.
    /// - Throws: ``UsageError`` for a value that does not fit its field's kind.
    static func payload(_ arguments: ParsedArguments, definition: EventDefinition) throws -> [String: JSONValue] {
        var payload = [String: JSONValue]()
        for binding in FlagBinding.all(for: definition) {
            let texts = arguments.all(binding.name)
            guard !texts.isEmpty else { continue }
            guard let value = FieldInput.value(texts, for: binding.field.kind) else {
                throw UsageError(
                    message: "--\(binding.name) takes \(FieldInput.placeholder(binding.field.kind)), not '\(texts.joined(separator: ","))'",
                    command: arguments.spec.name)
            }
            guard let parent = binding.parent else {
                payload[binding.field.name] = value
                continue
            }
            var object = payload[parent.name]?.objectValue ?? [:]
            object[binding.field.name] = value
            payload[parent.name] = .object(object)
        }
        return payload
    }

    /// Whether any of the type's flags was given.
    static func anyGiven(_ arguments: ParsedArguments, definition: EventDefinition) -> Bool {
        FlagBinding.all(for: definition).contains { !arguments.all($0.name).isEmpty }
    }
}
