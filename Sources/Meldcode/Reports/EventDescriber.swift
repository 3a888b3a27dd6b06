import Ledger

/// Turns an event's payload into labelled report fields, through the Dutch labels of its type: dates as
/// days, fixed values by their labels, seq references as the events they point at, actors by name, and
/// and free text as written.
struct EventDescriber {
    /// Reads payloads: the one path to content.
    let reader: PayloadReader
    /// How the report names an actor.
    let actorName: (String) -> String
    /// How the report names another event of the case, or `nil` when the report does not point at it.
    let referenceTitle: (Int) -> String?
    /// Whether a reference keeps the seq it points at (not in a report that cites no events).
    var citesSeqs = true

    /// The event's content as labelled fields, in the order of its type's description.
    /// - Parameters:
    ///   - event: The event.
    ///   - omitting: Members to leave out.
    /// - Returns: The fields present in the payload.
    func fields(of event: RecordedEvent, omitting: Set<PayloadField> = []) -> [ReportField] {
        var payload = reader.payload(of: event)
        for field in omitting { payload[field.rawValue] = nil }
        guard let definition = EventCatalogue.standard.definition(of: event.type) else {
            return payload.keys.sorted().compactMap { name in payload[name].map { ReportField(name, .text($0.plainText)) } }
        }
        let quoted = event.type == EventType.signalRecorded && payload[.kind]?.stringValue == "child-words"
        return fields(payload, schema: definition.payload, quoting: quoted ? .description : nil)
    }

    /// The day an event happened in the world: its first top-level date of observation ending in `On`
    /// (`observedOn`, `heldOn`, `madeOn`, …).
    /// - Parameter event: The event.
    /// - Returns: The day, or `nil` when its payload names none.
    func day(of event: RecordedEvent) -> CalendarDay? { Self.day(of: event, reader: reader) }

    /// The day an event happened in the world, read through a payload reader.
    static func day(of event: RecordedEvent, reader: PayloadReader) -> CalendarDay? {
        guard let definition = EventCatalogue.standard.definition(of: event.type) else { return nil }
        let payload = reader.payload(of: event)
        for field in definition.payload.fields where field.kind == .date(notInFuture: true) && field.name.hasSuffix("On") {
            if let day = payload[field.name]?.stringValue.flatMap(CalendarDay.init) { return day }
        }
        return nil
    }

    private func fields(_ payload: [String: JSONValue], schema: PayloadSchema, quoting: PayloadField? = nil) -> [ReportField] {
        let known = schema.fields.compactMap { field -> ReportField? in
            guard let value = payload[field.name] else { return nil }
            if field.name == quoting?.rawValue, let text = value.stringValue { return ReportField(field.label, .quote(text)) }
            return self.value(value, kind: field.kind).map { ReportField(field.label, $0) }
        }
        let unknown = payload.keys.filter { schema.field($0) == nil }.sorted().compactMap { name in
            payload[name].map { ReportField(name, .text($0.plainText)) }
        }
        return known + unknown
    }

    private func value(_ value: JSONValue, kind: FieldKind) -> ReportValue? {
        switch (kind, value) {
        case (.date, .string(let text)):
            return CalendarDay(text).map(ReportValue.date) ?? .text(text)
        case (.boolean, .bool(let flag)):
            return .flag(flag)
        case (.choice(let choices), .string(let text)):
            return choices.first { $0.value == text }.map { .label($0.label) } ?? .text(text)
        case (.reference, .integer(let seq)):
            return referenceTitle(Int(seq)).map { citesSeqs ? .reference(seq: Int(seq), title: $0) : .label($0) }
        case (.actor, .string(let id)):
            return .text(actorName(id))
        case (.object(let schema), .object(let members)):
            return .fields(fields(members, schema: schema))
        case (.list(let element, _), .array(let items)):
            var values = items.compactMap { self.value($0, kind: element) }
            if case .actor = element { values = values.reduce(into: []) { unique, value in if !unique.contains(value) { unique.append(value) } } }
            return values.isEmpty && !items.isEmpty ? nil : .list(values)
        default:
            return .text(value.plainText)
        }
    }
}

extension JSONValue {
    /// The value as plain text, for a member whose kind is not known.
    var plainText: String {
        switch self {
        case .null: ""
        case .bool(let flag): flag ? "ja" : "nee"
        case .integer(let number): String(number)
        case .string(let text): text
        case .array(let items): items.map(\.plainText).joined(separator: ", ")
        case .object(let members): members.keys.sorted().map { "\($0): \(members[$0]?.plainText ?? "")" }.joined(separator: "; ")
        }
    }
}
