import Ledger

/// What a `record.corrected` changes when it names a member of the corrected record and its new value
/// (`field` and `value`): the one member, at its path in the payload. Every projection folds the corrected value;
/// the original stays in the log and is shown as corrected (nothing in the log is edited: a correction is a new event).
public struct FieldCorrection: Sendable, Equatable {
    /// The seq of the `record.corrected`.
    public let seq: Int
    /// The seq of the record corrected.
    public let target: Int
    /// The member's path in the payload, e.g. `["source", "date"]`.
    public let path: [String]
    /// The new value, of the member's kind.
    public let value: JSONValue
    /// The member's description, for its Dutch label.
    public let spec: FieldSpec

    /// The member a correction names, resolved against the corrected record's type, and its new value.
    /// - Parameters:
    ///   - payload: A `record.corrected` payload.
    ///   - seq: Its seq.
    ///   - type: The corrected record's type.
    ///   - recordedAt: When admitting it: the moment of recording, against which the value is checked as its member is.
    /// - Returns: The correction, or `nil` when the payload names no member (a correction in words only).
    /// - Throws: A Dutch sentence saying what is wrong with the member or the value.
    public static func resolve(_ payload: [String: JSONValue], seq: Int, correcting type: String, recordedAt: Timestamp? = nil) throws(FieldCorrectionProblem) -> FieldCorrection? {
        guard let name = payload[.field]?.stringValue else {
            if payload[.value] != nil { throw FieldCorrectionProblem("bij een nieuwe waarde (--value) hoort het veld dat ze corrigeert (--field)") }
            return nil
        }
        guard let text = payload[.value]?.stringValue, let target = payload[.corrects]?.integerValue else {
            throw FieldCorrectionProblem("bij het gecorrigeerde veld '\(name)' hoort de nieuwe waarde (--value)")
        }
        guard let definition = EventCatalogue.standard.definition(of: type), let (path, spec) = member(name, of: definition.payload) else {
            throw FieldCorrectionProblem("'\(name)' is geen veld van \(type); noem het zoals de vlag of het schema het noemt, bijv. observed-on of source.date")
        }
        guard let value = FieldValue.parse(text, for: spec.kind) else {
            throw FieldCorrectionProblem("'\(text)' past niet bij \(spec.label) (\(name))")
        }
        if let recordedAt, let problem = spec.problem(with: value, recordedAt: recordedAt) {
            throw FieldCorrectionProblem("'\(text)' past niet bij \(spec.label) (\(name)): \(problem)")
        }
        return FieldCorrection(seq: seq, target: Int(target), path: path, value: value, spec: spec)
    }

    /// A payload with this correction applied.
    /// - Parameter payload: The corrected record's payload (with earlier corrections applied).
    /// - Returns: The payload with the member set to ``value``.
    public func applied(to payload: [String: JSONValue]) -> [String: JSONValue] {
        var copy = payload
        guard let first = path.first else { return copy }
        if path.count == 1 {
            copy[first] = value
        } else {
            var inner = copy[first]?.objectValue ?? [:]
            inner[path[1]] = value
            copy[first] = .object(inner)
        }
        return copy
    }

    /// The member's value in a payload.
    /// - Parameter payload: A payload.
    /// - Returns: The value at ``path``, or `nil`.
    public func current(in payload: [String: JSONValue]) -> JSONValue? {
        path.count == 1 ? payload[path[0]] : payload[path[0]]?[path[1]]
    }

    /// The member a name gives: its payload path (`source.date`) or its flag (`source-date`, `--source-date`). Only
    /// members holding one value can be corrected this way; lists and whole objects are corrected in words.
    private static func member(_ name: String, of schema: PayloadSchema) -> ([String], FieldSpec)? {
        let wanted = name.hasPrefix("--") ? String(name.dropFirst(2)) : name
        for field in schema.fields {
            if case .object(let inner) = field.kind {
                for member in inner.fields where isSingle(member.kind) {
                    let path = [field.name, member.name]
                    if wanted == path.joined(separator: ".") || wanted == [field.flagName, member.flagName].joined(separator: "-") { return (path, member) }
                }
            } else if isSingle(field.kind), wanted == field.name || wanted == field.flagName {
                return ([field.name], field)
            }
        }
        return nil
    }

    private static func isSingle(_ kind: FieldKind) -> Bool {
        switch kind {
        case .list, .object: false
        default: true
        }
    }
}

/// Why a correction's member or value cannot be used, in Dutch.
public struct FieldCorrectionProblem: Error, Sendable, Equatable {
    /// The sentence.
    public let message: String

    init(_ message: String) { self.message = message }
}
