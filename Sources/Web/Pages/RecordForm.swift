import Documents
import Ledger
import Meldcode

/// The form of one event type, built from the event catalogue's Dutch labels and help: a visible label on every
/// field with its help under it (linked by `aria-describedby`), references to earlier events of the case as
/// choices, the fields' errors next to them and summarised at the top with links to the fields.
struct RecordForm {
    /// The case's events, for references.
    var events: [RecordedEvent]
    /// The actors, for fields that name one: id and display name.
    var actors: [(id: String, name: String)]
    /// What was filled in before (after an error or "Wijzigen").
    var form: FormData
    /// The problems, by form field name.
    var problems: [String: String]

    /// The fields of a schema under a prefix.
    func fields(_ schema: PayloadSchema, prefix: String = "f") -> [HTMLNode] {
        schema.fields.map { field(FormPayload.name(prefix, $0), $0) }
    }

    /// The summary of problems at the top, in the order of the fields, each naming its field and linking to it.
    /// - Parameters:
    ///   - general: A refusal of the whole event, if any.
    ///   - schema: The form's fields (for their labels), with `extra` fields before them (name and label).
    func summary(general: String?, schema: PayloadSchema? = nil, extra: [(String, String)] = []) -> [HTMLNode] {
        guard general != nil || !problems.isEmpty else { return [] }
        let labelled = extra + (schema.map { Self.labels($0, prefix: "f") } ?? [])
        var names = labelled.map(\.0).filter { problems[$0] != nil }
        names += problems.keys.sorted().filter { !names.contains($0) }
        let labels = Dictionary(labelled, uniquingKeysWith: { first, _ in first })
        var items = names.map { name in
            Markup.tag("li", [], [Markup.link("#" + Self.id(name), (labels[name].map { "\($0): " } ?? "") + (problems[name] ?? ""))])
        }
        if let general { items.insert(Markup.tag("li", text: general), at: 0) }
        return [Markup.tag("div", [("class", "foutsamenvatting"), ("role", "alert"), ("tabindex", "-1")], [
            Markup.tag("h2", text: "Er is een probleem"), Markup.tag("ul", [], items),
        ])]
    }

    /// Every form field name of a schema under a prefix with its label, in the order of the form.
    static func labels(_ schema: PayloadSchema, prefix: String) -> [(String, String)] {
        schema.fields.flatMap { field -> [(String, String)] in
            let name = FormPayload.name(prefix, field)
            switch field.kind {
            case .object(let nested): return [(name, label(field))] + labels(nested, prefix: name)
            case .list(.object(let nested), _):
                return (0..<FormPayload.rows).flatMap { labels(nested, prefix: "\(name).\($0)").map { ($0.0, "\(label(field)): \($0.1)") } }
            default: return [(name, label(field))]
            }
        }
    }

    /// The element id of a form field name (dots become dashes).
    static func id(_ name: String) -> String { name.replacingOccurrences(of: ".", with: "-") }

    /// A label as people read it: its first letter a capital.
    static func label(_ field: FieldSpec) -> String { field.label.prefix(1).uppercased() + field.label.dropFirst() }

    private func field(_ name: String, _ field: FieldSpec) -> HTMLNode {
        let id = Self.id(name)
        switch field.kind {
        case .object(let schema):
            return Markup.tag("fieldset", [], [legend(field)] + fields(schema, prefix: name))
        case .list(.object(let schema), _):
            return Markup.tag("fieldset", [], [legend(field)] + (0..<FormPayload.rows).map { row in
                Markup.tag("fieldset", [], [Markup.tag("legend", text: "\(Self.label(field)) \(row + 1)")] + fields(schema, prefix: "\(name).\(row)"))
            })
        case .list(let element, _) where isChoice(element):
            let options = choices(element)
            return Markup.tag("fieldset", [("class", problems[name] == nil ? "" : "veld-fout"), ("id", id)], [legend(field)] + error(name) + options.map { value, text in
                Markup.tag("label", [("class", "keuze")], [checkbox(name, value, checked: form.values(name).contains(value)), .text(text)])
            })
        default:
            let hint = "\(id)-hint"
            var label: [HTMLNode] = [.text(Self.label(field))]
            label.append(Markup.tag("span", [("class", "hint"), ("id", hint)], text: field.isRequired ? "" : "(niet verplicht)"))
            return Markup.tag("div", [("class", problems[name] == nil ? "veld" : "veld veld-fout")],
                [Markup.tag("label", [("for", id)], label)] + error(name) + [control(field.kind, name: name, id: id, hint: hint)])
        }
    }

    private func legend(_ field: FieldSpec) -> HTMLNode {
        Markup.tag("legend", [], [.text(Self.label(field))] + (field.isRequired ? [] : [Markup.tag("span", [("class", "hint")], text: "(niet verplicht)")]))
    }

    private func error(_ name: String) -> [HTMLNode] {
        problems[name].map { [Markup.tag("span", [("class", "fout"), ("id", Self.id(name) + "-fout")], text: "Fout: " + $0)] } ?? []
    }

    private func control(_ kind: FieldKind, name: String, id: String, hint: String) -> HTMLNode {
        let described = problems[name] == nil ? hint : "\(id)-fout \(hint)"
        let common: [(StaticString, String)] = [("id", id), ("name", name), ("aria-describedby", described)]
        let value = form.values(name).joined(separator: "\n")
        switch kind {
        case .text, .list:
            return Markup.tag("textarea", common, text: value)
        case .date:
            return Markup.tag("input", common + [("type", "date"), ("value", value)])
        case .integer:
            return Markup.tag("input", common + [("type", "number"), ("value", value)])
        default:
            guard isChoice(kind) else { return Markup.tag("input", common + [("type", "text"), ("value", value)]) }
            return Markup.tag("select", common, [option("", "— kies —", selected: value.isEmpty)] + choices(kind).map { option($0.0, $0.1, selected: value == $0.0) })
        }
    }

    private func isChoice(_ kind: FieldKind) -> Bool {
        switch kind {
        case .choice, .reference, .actor, .boolean: true
        default: false
        }
    }

    /// The choices of a kind: value and Dutch text.
    private func choices(_ kind: FieldKind) -> [(String, String)] {
        switch kind {
        case .choice(let choices): choices.map { ($0.value, $0.label) }
        case .boolean: [("ja", "ja"), ("nee", "nee")]
        case .actor: actors.map { ($0.id, $0.name) }
        case .reference(let types):
            events.filter { types.isEmpty || types.contains($0.type) }.reversed().map { event in
                let line = EventLine(event)
                return (String(event.seq), "#\(event.seq) \(line.dutchName)" + (line.day.map { " (\(DutchDate.text($0)))" } ?? "") + (line.summary.isEmpty ? "" : ": \(line.summary.prefix(80))"))
            }
        default: []
        }
    }

    private func option(_ value: String, _ text: String, selected: Bool) -> HTMLNode {
        Markup.tag("option", [("value", value)] + (selected ? [("selected", "selected")] : []), text: text)
    }

    private func checkbox(_ name: String, _ value: String, checked: Bool) -> HTMLNode {
        Markup.tag("input", [("type", "checkbox"), ("name", name), ("value", value)] + (checked ? [("checked", "checked")] : []))
    }
}

import Foundation
