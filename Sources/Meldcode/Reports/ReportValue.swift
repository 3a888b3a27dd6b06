import Ledger

/// A value as a report shows it, before it is rendered: the renderer decides how a date or a list
/// looks, the report model decides what is shown.
public indirect enum ReportValue: Sendable, Equatable {
    /// Text written by a person (escaped when rendered).
    case text(String)
    /// The child's own words, shown as a quotation.
    case quote(String)
    /// A day in the world.
    case date(CalendarDay)
    /// A moment of recording.
    case moment(Timestamp)
    /// Yes or no.
    case flag(Bool)
    /// The Dutch label of a fixed value.
    case label(String)
    /// Another event of the case, shown as the event it points at.
    case reference(seq: Int, title: String)
    /// Several values, shown as a list.
    case list([ReportValue])
    /// A nested record, shown as labelled fields.
    case fields([ReportField])

    /// The value as JSON, for a report's JSON form.
    public var json: JSONValue {
        switch self {
        case .text(let text): .object(["text": .string(text)])
        case .quote(let text): .object(["quote": .string(text)])
        case .date(let day): .object(["date": .string(day.description)])
        case .moment(let moment): .object(["moment": .string(moment.description)])
        case .flag(let flag): .object(["flag": .bool(flag)])
        case .label(let label): .object(["label": .string(label)])
        case .reference(let seq, let title): .object(["seq": .integer(Int64(seq)), "title": .string(title)])
        case .list(let items): .object(["list": .array(items.map(\.json))])
        case .fields(let fields): .object(["fields": .array(fields.map(\.json))])
        }
    }
}

extension ReportValue {
    /// Every text of the value a person reads.
    var texts: [String] {
        switch self {
        case .text(let text), .quote(let text), .label(let text), .reference(_, let text): [text]
        case .date, .moment, .flag: []
        case .list(let items): items.flatMap(\.texts)
        case .fields(let fields): fields.flatMap { $0.value.texts }
        }
    }

    /// The value with every free text and quote passed through a redaction; a fixed label it would change is left out whole.
    func mappingTexts(_ transform: (String) -> String) -> ReportValue {
        switch self {
        case .text(let text): .text(transform(text))
        case .quote(let text): .quote(transform(text))
        case .label(let label): transform(label) == label ? self : .label(SensitiveText.mark)
        case .list(let items): .list(items.map { $0.mappingTexts(transform) })
        case .fields(let fields): .fields(fields.map { ReportField($0.label, $0.value.mappingTexts(transform)) })
        case .date, .moment, .flag, .reference: self
        }
    }
}

/// One labelled value of a report.
public struct ReportField: Sendable, Equatable {
    /// The Dutch label.
    public let label: String
    /// The value.
    public let value: ReportValue

    /// Creates a field.
    /// - Parameters:
    ///   - label: The Dutch label.
    ///   - value: The value.
    public init(_ label: String, _ value: ReportValue) {
        self.label = label
        self.value = value
    }

    /// The field as JSON: `{"label", "value"}`.
    public var json: JSONValue { .object(["label": .string(label), "value": value.json]) }
}
