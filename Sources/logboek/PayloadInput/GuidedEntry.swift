import Ledger
import Meldcode

/// `record --guided`: asks for a payload field by field, in Dutch, on standard error, reading one answer
/// per line from standard input (a terminal, or answers piped in), re-asking until an answer fits.
struct GuidedEntry {
    /// The type asked for.
    let definition: EventDefinition
    /// Where the questions go.
    let console: Console
    /// The moment of recording, for dates that may not lie ahead.
    let now: Timestamp
    /// The case's events so far, offered for fields that refer to one.
    let caseEvents: [RecordedEvent]
    /// The command, for messages.
    let command: String

    /// Asks every field, shows the payload, and asks for confirmation.
    /// - Returns: The payload, or `nil` if the user did not confirm it.
    /// - Throws: ``UsageError`` if standard input ends before the questions do.
    func run() throws -> [String: JSONValue]? {
        console.err("\(Self.capitalised(definition.dutchName)) — vul de velden in; Enter slaat een optioneel veld over.")
        let payload = try ask(definition.payload)
        console.err("\nSamenvatting:")
        for field in definition.payload.fields {
            guard let value = payload[field.name] else { continue }
            console.err("  \(field.label): \(Self.shown(value, field.kind))")
        }
        return try askYesNo("Vastleggen?") ? payload : nil
    }

    private func ask(_ schema: PayloadSchema) throws -> [String: JSONValue] {
        var object = [String: JSONValue]()
        for field in schema.fields {
            object[field.name] = try ask(field, required: field.isRequired)
        }
        for condition in schema.conditions where object[condition.field] == condition.value {
            for name in condition.required where object[name] == nil {
                guard let field = schema.field(name) else { continue }
                console.err("Bij deze keuze is ook nodig:")
                object[name] = try ask(field, required: true)
            }
        }
        return object
    }

    private func ask(_ field: FieldSpec, required: Bool) throws -> JSONValue? {
        switch field.kind {
        case .object(let schema):
            if !required, !(try askYesNo("\(field.label) invullen?")) { return nil }
            console.err("— \(field.label) —")
            return .object(try ask(schema))
        case .list(.object(let schema), let minimum):
            return try askObjects(field, schema: schema, minimum: required ? max(minimum, 1) : minimum)
        case .list(.text, _), .list(.line, _):
            return try askLines(field, required: required)
        default:
            return try askValue(field, required: required)
        }
    }

    private func askValue(_ field: FieldSpec, required: Bool) throws -> JSONValue? {
        let choices = Self.choices(field.kind)
        for (number, choice) in choices.enumerated() {
            console.err("  \(number + 1). \(choice.name)" + (choice.name == choice.label ? "" : " — \(choice.label)"))
        }
        if let types = Self.referenceTypes(field.kind) {
            let candidates = ReferenceEcho.candidates(types, in: caseEvents)
            console.err(candidates.isEmpty ? "  (dit dossier heeft nog geen vastlegging van die soort)" : "Kies uit dit dossier:")
            candidates.forEach(console.err)
        }
        while true {
            let answer = try read("\(field.label) (\(Self.hint(field.kind))\(required ? "" : "; optioneel")): ")
            if answer.isEmpty, !required { return nil }
            let text = choices.isEmpty
                ? answer
                : answer.split(separator: ",").map { Self.resolve($0.trimmingCharacters(in: .whitespaces), choices) }.joined(separator: ",")
            guard let value = FieldInput.value([text], for: field.kind) else {
                console.err("Niet goed: dat is geen geldige waarde; \(Self.hint(field.kind)).")
                continue
            }
            guard let problem = field.problem(with: value, recordedAt: now) else { return value }
            console.err("Niet goed: \(problem)")
        }
    }

    private func askLines(_ field: FieldSpec, required: Bool) throws -> JSONValue? {
        console.err("\(field.label): één per regel, lege regel om af te sluiten\(required ? "" : " (optioneel)").")
        var lines = [JSONValue]()
        while true {
            let answer = try read("  - ")
            guard !answer.isEmpty else { break }
            lines.append(.string(answer))
        }
        if lines.isEmpty, !required { return nil }
        let value = JSONValue.array(lines)
        guard let problem = field.problem(with: value, recordedAt: now) else { return value }
        console.err("Niet goed: \(problem)")
        return try askLines(field, required: required)
    }

    private func askObjects(_ field: FieldSpec, schema: PayloadSchema, minimum: Int) throws -> JSONValue? {
        var objects = [JSONValue]()
        while true {
            if objects.count >= minimum, !(try askYesNo("Nog een \(field.label) toevoegen?")) { break }
            console.err("— \(field.label) \(objects.count + 1) —")
            objects.append(.object(try ask(schema)))
        }
        return objects.isEmpty ? nil : .array(objects)
    }

    private func askYesNo(_ question: String) throws -> Bool {
        while true {
            switch try read("\(question) (ja/nee): ").lowercased() {
            case "ja", "j", "yes", "y": return true
            case "nee", "n", "no": return false
            default: console.err("Antwoord met ja of nee.")
            }
        }
    }

    private func read(_ prompt: String) throws -> String {
        console.prompt(prompt)
        guard let line = try InputFile.line() else {
            throw UsageError(message: "the guided entry ended before every question was answered; nothing was recorded (only your read of the case, when the profile records reads)", command: command)
        }
        return line.trimmingCharacters(in: .whitespaces)
    }

    /// A choice's value for an answer that is its number in the list shown, its Dutch name or its slug.
    private static func resolve(_ answer: String, _ choices: [Choice]) -> String {
        guard let number = Int(answer), choices.indices.contains(number - 1) else { return Choice.resolve(answer, in: choices) ?? answer }
        return choices[number - 1].value
    }

    /// A value as the summary shows it: Dutch names for choices, `ja`/`nee`, text as typed, lists one after another.
    private static func shown(_ value: JSONValue, _ kind: FieldKind) -> String {
        switch (value, kind) {
        case (.array(let items), .list(let element, _)): return items.map { shown($0, element) }.joined(separator: "; ")
        case (.object(let members), .object(let schema)):
            return schema.fields.compactMap { field in members[field.name].map { "\(field.label): \(shown($0, field.kind))" } }.joined(separator: ", ")
        case (.string(let text), .choice(let choices)): return Choice.name(of: text, in: choices)
        case (.string(let text), _): return text
        case (.bool(let flag), _): return flag ? "ja" : "nee"
        case (.integer(let number), .reference): return "#\(number)"
        default: return String(decoding: CanonicalJSON.encode(value), as: UTF8.self)
        }
    }

    private static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// The types a reference field (or list of references) may name, or `nil` for other fields.
    private static func referenceTypes(_ kind: FieldKind) -> [String]? {
        switch kind {
        case .reference(let types), .list(.reference(let types), _): types
        default: nil
        }
    }

    private static func choices(_ kind: FieldKind) -> [Choice] {
        switch kind {
        case .choice(let choices), .list(.choice(let choices), _): choices
        default: []
        }
    }

    /// What kind of answer is expected, in Dutch.
    private static func hint(_ kind: FieldKind) -> String {
        switch kind {
        case .text: "tekst"
        case .line: "korte tekst op één regel"
        case .date: "datum als JJJJ-MM-DD"
        case .integer: "een geheel getal"
        case .boolean: "ja of nee"
        case .choice: "kies een nummer of typ de naam"
        case .reference: "het seq-nummer van een eerdere vastlegging in dit dossier"
        case .actor: "een medewerker-id, bijv. ib.devries"
        case .object: "een onderdeel"
        case .list(let element, _): "\(hint(element)); meerdere gescheiden door komma's"
        }
    }
}
