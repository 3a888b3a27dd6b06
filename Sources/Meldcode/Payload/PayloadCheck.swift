import Ledger

/// Validates a payload against its ``PayloadSchema``, strictly: unknown members refused, required
/// members present, kinds, choices and dates checked. Collects the `seq` references for the case fold.
struct PayloadCheck {
    /// The event type, for messages (empty when a single field is checked).
    let type: String
    /// The moment of recording, against which `notInFuture` dates are checked.
    let recordedAt: Timestamp
    /// The references found so far.
    private(set) var references: [PayloadReference] = []
    /// The dates of things that happened in the world (`notInFuture` dates) found so far, with their paths.
    private(set) var worldDates: [(path: String, day: CalendarDay)] = []

    init(type: String, recordedAt: Timestamp) {
        self.type = type
        self.recordedAt = recordedAt
    }

    /// Checks a payload object; a top-level `salt` (added by the logbook) is allowed.
    mutating func check(payload: [String: JSONValue], against schema: PayloadSchema) throws(MeldcodeError) {
        var members = payload
        members["salt"] = nil
        try check(object: members, against: schema, at: "")
    }

    private mutating func check(object: [String: JSONValue], against schema: PayloadSchema, at path: String) throws(MeldcodeError) {
        // Keys match field names by code units: String equality would also take a canonically equivalent key.
        if let unknown = object.keys.sorted().first(where: { key in !schema.fields.contains { $0.name.utf8.elementsEqual(key.utf8) } }) {
            throw refusal(.invalidPayload, at: join(path, unknown), "is not a member of \(type) (members: \(schema.fields.map(\.name).joined(separator: ", ")))")
        }
        for field in schema.fields {
            guard let value = object[field.name] else {
                guard !field.isRequired else { throw refusal(field.refusal, at: join(path, field.name), "is missing") }
                continue
            }
            try check(value, field.kind, at: join(path, field.name), refusal: field.refusal)
        }
        for condition in schema.conditions where object[condition.field] == condition.value {
            if let missing = condition.required.first(where: { object[$0] == nil }) {
                let value = String(decoding: CanonicalJSON.encode(condition.value), as: UTF8.self)
                throw refusal(condition.refusal, at: join(path, missing), "is required when '\(join(path, condition.field))' is \(value)")
            }
        }
    }

    mutating func check(_ value: JSONValue, _ kind: FieldKind, at path: String, refusal code: Refusal) throws(MeldcodeError) {
        switch kind {
        case .object(let schema):
            guard let members = value.objectValue else { throw refusal(code, at: path, "must be an object") }
            try check(object: members, against: schema, at: path)
        case .list(let elementKind, let minimum):
            guard let elements = value.arrayValue, elements.count >= minimum else {
                throw refusal(code, at: path, "must be a list of at least \(minimum) element(s)")
            }
            for (index, element) in elements.enumerated() {
                try check(element, elementKind, at: "\(path)[\(index)]", refusal: code)
            }
        case .reference(let types):
            guard let seq = value.integerValue, (0...PayloadLimits.maximumInteger).contains(seq) else {
                throw refusal(code, at: path, "must be the seq of an earlier event")
            }
            references.append(PayloadReference(path: path, seq: Int(seq), types: types, wrongType: code == .invalidPayload ? .referenceWrongType : code))
        default:
            try checkScalar(value, kind, at: path, refusal: code)
        }
    }

    private mutating func checkScalar(_ value: JSONValue, _ kind: FieldKind, at path: String, refusal code: Refusal) throws(MeldcodeError) {
        switch kind {
        case .text, .line:
            guard let text = value.stringValue, !text.allSatisfy(\.isWhitespace) else { throw refusal(code, at: path, "must be non-empty text") }
            if kind == .line, text.count > FieldKind.lineLimit || text.contains(where: \.isNewline) {
                throw refusal(code, at: path, "must be one line of at most \(FieldKind.lineLimit) characters")
            }
        case .date(let notInFuture):
            try checkDate(value, notInFuture: notInFuture, at: path, refusal: code)
        case .integer(let minimum):
            guard let number = value.integerValue, number >= minimum, number <= PayloadLimits.maximumInteger else {
                throw refusal(code, at: path, "must be a whole number from \(minimum) to \(PayloadLimits.maximumInteger)")
            }
        case .boolean:
            guard value.boolValue != nil else { throw refusal(code, at: path, "must be true or false") }
        case .choice(let choices):
            guard let text = value.stringValue, choices.contains(where: { $0.value.utf8.elementsEqual(text.utf8) }) else {
                throw refusal(code, at: path, "must be one of: \(choices.map(\.value).joined(separator: ", "))")
            }
        case .actor:
            guard let id = value.stringValue, Names.isActorID(id) else { throw refusal(code, at: path, "must be an actor id such as ib.devries") }
        case .object, .list, .reference:
            break
        }
    }

    private mutating func checkDate(_ value: JSONValue, notInFuture: Bool, at path: String, refusal code: Refusal) throws(MeldcodeError) {
        guard let text = value.stringValue, let day = CalendarDay(text) else {
            throw refusal(code, at: path, "must be a real date written YYYY-MM-DD")
        }
        guard notInFuture else { return }
        if day.isAfter(recordedAt) {
            throw refusal(.dateInFuture, at: path, "is \(text), after the moment of recording (\(DutchTime.text(of: recordedAt)))")
        }
        worldDates.append((path, day))
    }

    private func join(_ path: String, _ name: String) -> String {
        path.isEmpty ? name : "\(path).\(name)"
    }

    private func refusal(_ code: Refusal, at path: String, _ problem: String) -> MeldcodeError {
        .refused(code, type.isEmpty ? "'\(path)' \(problem)" : "\(type): '\(path)' \(problem)")
    }
}
