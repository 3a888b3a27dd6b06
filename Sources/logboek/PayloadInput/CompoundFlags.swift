import Ledger
import Meldcode

/// Flags for the two payload members that are lists of objects, so that every type can be recorded by flags alone:
/// the recipients of `information.shared` (`--recipient-actor ID`, `--recipient-party PARTY[=NAME]`) and the answered
/// items of `checklist.completed` (`--answer ITEM=ja|nee`). Each flag is given once per element.
enum CompoundFlags {
    /// The extra options of a type.
    static func options(for definition: EventDefinition) -> [OptionSpec] {
        switch EventType(of: definition.type) {
        case .informationShared?:
            [
                OptionSpec(name: "recipient-actor", valueName: "ACTOR", help: "Someone of this logbook who was told (once per person) [aan wie]", repeatable: true),
                OptionSpec.freeText(
                    "recipient-party", valueName: "PARTY[=NAME]",
                    help: "An outside party who was told, by role, with a name after '=' if known (once per party); PARTY is one of: "
                        + Vocabulary.outsideParties.map(\.value).joined(separator: ", ") + " (or its Dutch name) [aan wie]",
                    repeatable: true),
            ]
        case .checklistCompleted?:
            [OptionSpec(name: "answer", valueName: "ITEM=ja|nee", help: "An item of the signaleringslijst and whether it applies, e.g. opvoeding-3=ja (once per item) [signalen]", repeatable: true)]
        default:
            []
        }
    }

    /// The flags' names of a type.
    static func names(for definition: EventDefinition) -> [String] { options(for: definition).map(\.name) }

    /// Sets the members the type's compound flags give.
    /// - Throws: ``UsageError`` naming the flag whose value does not fit.
    static func apply(_ arguments: ParsedArguments, definition: EventDefinition, to payload: inout [String: JSONValue]) throws {
        let command = "record \(definition.type)"
        switch EventType(of: definition.type) {
        case .informationShared?:
            var recipients = arguments.all("recipient-actor").map { JSONValue.object([String: JSONValue](fields: [.kind: .string("actor"), .actor: .string($0)])) }
            for text in arguments.all("recipient-party") {
                let (party, name) = split(text)
                guard let slug = Choice.resolve(party, in: Vocabulary.outsideParties) else {
                    throw UsageError(message: "`--recipient-party` neemt \(PayloadFlags.expected(.choice(Vocabulary.outsideParties))), niet '\(party)'", command: command)
                }
                var recipient = [String: JSONValue](fields: [.kind: .string("outside"), .party: .string(slug)])
                if let name { recipient[.name] = .string(name) }
                recipients.append(.object(recipient))
            }
            if !recipients.isEmpty { payload[.recipients] = .array(recipients) }
        case .checklistCompleted?:
            let answers = try arguments.all("answer").map { text -> JSONValue in
                let (item, answer) = split(text)
                guard let slug = Choice.resolve(item, in: Signaleringslijst.items), let answer, let yes = FieldValue.parse(answer, for: .boolean)?.boolValue else {
                    throw UsageError(message: "`--answer` neemt ITEM=ja of ITEM=nee met een item van de signaleringslijst (bijv. opvoeding-3=ja), niet '\(text)'", command: command)
                }
                return .object([String: JSONValue](fields: [.item: .string(slug), .answer: .string(yes ? "yes" : "no")]))
            }
            if !answers.isEmpty { payload[.answers] = .array(answers) }
        default:
            break
        }
    }

    /// `PARTY=NAME` as its two halves (the name `nil` without `=`), each trimmed.
    private static func split(_ text: String) -> (String, String?) {
        guard let equals = text.firstIndex(of: "=") else { return (text.trimmingCharacters(in: .whitespaces), nil) }
        let name = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        return (text[..<equals].trimmingCharacters(in: .whitespaces), name.isEmpty ? nil : name)
    }
}
