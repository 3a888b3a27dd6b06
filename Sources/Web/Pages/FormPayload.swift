import Ledger
import Meldcode

/// A payload read from a form built by ``RecordForm``, with a Dutch problem per form field that does not read: a
/// required field left empty, a date, number or choice that is not one, a field a choice makes required.
struct FormPayload {
    /// The payload.
    var payload: [String: JSONValue] = [:]
    /// The problems, by form field name.
    var problems: [String: String] = [:]

    /// How many rows a list of objects offers.
    static let rows = 3

    /// Reads a schema's fields from a form under a prefix (`f` for the payload's top level).
    init(_ schema: PayloadSchema, form: FormData, prefix: String = "f") {
        payload = read(schema, form, prefix: prefix)
    }

    /// The form field name of a field under a prefix.
    static func name(_ prefix: String, _ field: FieldSpec) -> String { "\(prefix).\(field.name)" }

    private mutating func read(_ schema: PayloadSchema, _ form: FormData, prefix: String) -> [String: JSONValue] {
        var object = [String: JSONValue]()
        for field in schema.fields {
            let name = Self.name(prefix, field)
            if let value = value(field.kind, form, name: name) {
                object[field.name] = value
            } else if field.isRequired, problems[name] == nil {
                problems[name] = Self.missing(field.kind)
            }
        }
        for condition in schema.conditions where object[condition.field] == condition.value {
            for required in condition.required where object[required] == nil {
                problems["\(prefix).\(required)"] = "Vul dit veld in: het is nodig bij de gekozen \(schema.field(condition.field)?.label ?? condition.field)."
            }
        }
        return object
    }

    private static func missing(_ kind: FieldKind) -> String {
        switch kind {
        case .choice, .reference, .actor, .boolean: "Kies een antwoord."
        case .list: "Kies of vul ten minste één in."
        default: "Vul dit veld in."
        }
    }

    /// The value of one field, `nil` when it was left empty (a problem is noted when it does not read).
    private mutating func value(_ kind: FieldKind, _ form: FormData, name: String) -> JSONValue? {
        switch kind {
        case .object(let schema):
            let before = problems
            let object = read(schema, form, prefix: name)
            guard !object.isEmpty else {
                problems = before
                return nil
            }
            return .object(object)
        case .list(.object(let schema), _):
            var items = [JSONValue]()
            for row in 0..<Self.rows {
                let before = problems
                let object = read(schema, form, prefix: "\(name).\(row)")
                if object.isEmpty { problems = before } else { items.append(.object(object)) }
            }
            return items.isEmpty ? nil : .array(items)
        case .list(let element, _):
            let texts = form.values(name).flatMap { $0.split(whereSeparator: \.isNewline).map(String.init) }
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let values = texts.compactMap { scalar(element, $0, name: name) }
            return values.isEmpty || values.count != texts.count ? nil : .array(values)
        default:
            guard let text = form[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
            return scalar(kind, text, name: name)
        }
    }

    private mutating func scalar(_ kind: FieldKind, _ text: String, name: String) -> JSONValue? {
        switch kind {
        case .date:
            guard CalendarDay(text) != nil else { return problem(name, "Vul een datum in, bijvoorbeeld 2026-11-20.") }
            return .string(text)
        case .integer, .reference:
            guard let number = Int64(text) else { return problem(name, "Vul een heel getal in.") }
            return .integer(number)
        case .boolean:
            guard text == "ja" || text == "nee" else { return problem(name, "Kies ja of nee.") }
            return .bool(text == "ja")
        case .choice(let choices):
            guard choices.contains(where: { $0.value.utf8.elementsEqual(text.utf8) }) else { return problem(name, "Kies een van de mogelijkheden.") }
            return .string(text)
        case .line where text.count > FieldKind.lineLimit:
            return problem(name, "Houd dit korter dan \(FieldKind.lineLimit) tekens.")
        default:
            return .string(text)
        }
    }

    private mutating func problem(_ name: String, _ text: String) -> JSONValue? {
        problems[name] = text
        return nil
    }
}

import Foundation
