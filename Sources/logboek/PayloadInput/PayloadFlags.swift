import Ledger
import Meldcode

/// The command-line flags of an event type, generated from its payload description.
enum PayloadFlags {
    /// One option per scalar or list field, including those of nested objects; lists may repeat.
    static func options(for definition: EventDefinition) -> [OptionSpec] {
        FlagBinding.all(for: definition).map { binding -> OptionSpec in
            var repeatable = false
            if case .list = binding.field.kind { repeatable = true }
            let need = binding.field.isRequired ? "required" : "optional"
            let within = binding.parent.map { " (in \($0.name))" } ?? ""
            return OptionSpec(
                name: binding.name, valueName: FieldInput.placeholder(binding.field.kind),
                help: "\(binding.field.summary)\(within)\(choiceList(binding.field.kind)) [\(binding.field.label); \(need)]", repeatable: repeatable,
                isFreeText: FieldInput.takesFreeText(binding.field.kind))
        } + CompoundFlags.options(for: definition)
    }

    /// The values of a choice (at most sixteen) with their Dutch names, which are accepted too, for the help.
    private static func choiceList(_ kind: FieldKind) -> String {
        let choices: [Choice]
        switch kind {
        case .choice(let list), .list(.choice(let list), _): choices = list
        default: return ""
        }
        guard choices.count <= 16 else { return "" }
        return " One of: " + choices.map { $0.name == $0.value ? $0.value : "\($0.value) (\($0.name))" }.joined(separator: ", ") + "."
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
                    message: "`--\(binding.name)` neemt \(expected(binding.field.kind)), niet '\(texts.joined(separator: "', '"))' (\(binding.field.label))",
                    command: "record \(definition.type)")
            }
            guard let parent = binding.parent else {
                payload[binding.field.name] = value
                continue
            }
            var object = payload[parent.name]?.objectValue ?? [:]
            object[binding.field.name] = value
            payload[parent.name] = .object(object)
        }
        try CompoundFlags.apply(arguments, definition: definition, to: &payload)
        return payload
    }

    /// The first required flag a payload given by flags lacks, named as its flag with its Dutch label, so the user
    /// reads "`--held-on` ontbreekt" rather than the payload member's name.
    /// - Throws: ``UsageError`` naming the flag.
    static func checkComplete(_ payload: [String: JSONValue], definition: EventDefinition) throws {
        let bindings = FlagBinding.all(for: definition)
        let missing = missingNames(payload, schema: definition.payload)
        for path in missing {
            let (parent, name) = path.count == 2 ? (path[0], path[1]) : (nil, path[0])
            guard let binding = bindings.first(where: { $0.parent?.name == parent && $0.field.name == name }) else {
                let compound = CompoundFlags.names(for: definition).map { "`--\($0)`" }
                guard parent == nil, !compound.isEmpty, let field = definition.payload.field(name) else { continue }
                throw UsageError(
                    message: "\(compound.joined(separator: " of ")) ontbreekt (\(field.label), bij \(definition.dutchName))", command: "record \(definition.type)")
            }
            throw UsageError(
                message: "`--\(binding.name)` ontbreekt (\(binding.field.label), bij \(definition.dutchName))", command: "record \(definition.type)")
        }
    }

    /// The paths of the members a payload lacks: required ones, those a condition requires, those of nested objects.
    private static func missingNames(_ payload: [String: JSONValue], schema: PayloadSchema, parent: String? = nil) -> [[String]] {
        var names = schema.fields.filter { $0.isRequired && payload[$0.name] == nil }.map(\.name)
        for condition in schema.conditions where payload[condition.field] == condition.value {
            names += condition.required.filter { payload[$0] == nil && !names.contains($0) }
        }
        var paths = names.map { [parent, $0].compactMap { $0 } }
        for field in schema.fields {
            guard parent == nil, case .object(let inner) = field.kind, let value = payload[field.name]?.objectValue else { continue }
            paths += missingNames(value, schema: inner, parent: field.name)
        }
        return paths
    }

    /// What a flag of a kind takes, in Dutch, with the choices' Dutch names and slugs.
    static func expected(_ kind: FieldKind) -> String {
        switch kind {
        case .date: "een datum JJJJ-MM-DD"
        case .integer: "een geheel getal"
        case .boolean: "ja of nee (true/false)"
        case .reference: "het seq-nummer van een eerdere vastlegging"
        case .actor: "een actor-id"
        case .choice(let choices): "een van: " + choices.map { $0.name == $0.value ? $0.value : "\($0.name) (\($0.value))" }.joined(separator: ", ")
        case .list(let element, _): expected(element)
        default: "tekst"
        }
    }

    /// A refusal of a payload given by flags, with each payload member it names ('observedOn', 'source.date') named
    /// as its flag instead (`--observed-on`, `--source-date`).
    /// - Parameters:
    ///   - error: The refusal.
    ///   - definition: The type recorded.
    /// - Returns: The refusal naming flags.
    static func namingFlags(_ error: MeldcodeError, definition: EventDefinition) -> MeldcodeError {
        guard case .refused(let refusal, var detail) = error else { return error }
        for binding in FlagBinding.all(for: definition) {
            let path = ([binding.parent?.name, binding.field.name].compactMap { $0 }).joined(separator: ".")
            detail = detail.replacingOccurrences(of: "'\(path)'", with: "`--\(binding.name)`")
        }
        return .refused(refusal, detail)
    }

    /// Whether any of the type's flags was given.
    static func anyGiven(_ arguments: ParsedArguments, definition: EventDefinition) -> Bool {
        (FlagBinding.all(for: definition).map(\.name) + CompoundFlags.names(for: definition)).contains { !arguments.all($0).isEmpty }
    }
}
