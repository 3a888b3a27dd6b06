import Ledger

/// One event as a report shows it: what it is, when it happened and was recorded, who recorded it,
/// its fields, and remarks such as a later correction or a hypothesis's outcome.
public struct ReportEntry: Sendable, Equatable {
    /// Its seq in the log.
    public let seq: Int
    /// Its event hash (hex), which the report cites.
    public let hash: String
    /// Its Dutch type name, e.g. "signaal vastgelegd".
    public let title: String
    /// The day it happened in the world, when the payload says so.
    public let day: CalendarDay?
    /// When the log learned it.
    public let recordedAt: Timestamp
    /// Who recorded it, as the report may name them ("A. de Vries (intern begeleider)", or "de school").
    public let author: String
    /// Its content.
    public let fields: [ReportField]
    /// Remarks on it: corrected by a later record, a hypothesis confirmed or refuted, content withheld.
    public let remarks: [String]
    /// Whether the entry shows the whole payload (an evidence bundle may carry only whole payloads).
    public let isComplete: Bool

    /// Creates an entry.
    /// - Parameters:
    ///   - seq: Its seq.
    ///   - hash: Its event hash.
    ///   - title: Its Dutch type name.
    ///   - day: The day it happened.
    ///   - recordedAt: When it was recorded.
    ///   - author: Who recorded it, as shown.
    ///   - fields: Its content.
    ///   - remarks: Remarks on it.
    ///   - isComplete: Whether it shows the whole payload.
    public init(
        seq: Int, hash: String, title: String, day: CalendarDay?, recordedAt: Timestamp, author: String, fields: [ReportField],
        remarks: [String], isComplete: Bool = true
    ) {
        self.seq = seq
        self.hash = hash
        self.title = title
        self.day = day
        self.recordedAt = recordedAt
        self.author = author
        self.fields = fields
        self.remarks = remarks
        self.isComplete = isComplete
    }

    /// The entry as JSON.
    /// - Parameter citing: Whether to name its seq and hash (not in a parents' report).
    public func json(citing: Bool) -> JSONValue {
        var members: [String: JSONValue] = [
            "title": .string(title), "recordedAt": .string(recordedAt.description), "author": .string(author), "fields": .array(fields.map(\.json)),
            "remarks": .array(remarks.map { .string($0) }),
        ]
        if citing {
            members["seq"] = .integer(Int64(seq))
            members["hash"] = .string(hash)
            members["complete"] = .bool(isComplete)
        }
        if let day { members["day"] = .string(day.description) }
        return .object(members)
    }
}

extension ReportEntry {
    /// Every text a person reads in the entry: free text, quotes, labels, reference titles and remarks.
    var texts: [String] { fields.flatMap { $0.value.texts } + remarks }

    /// The same entry with every text passed through a function (e.g. a redaction).
    /// - Parameter transform: What to do to each text.
    /// - Returns: The entry.
    func mappingTexts(_ transform: (String) -> String) -> ReportEntry {
        ReportEntry(
            seq: seq, hash: hash, title: title, day: day, recordedAt: recordedAt, author: author,
            fields: fields.map { ReportField($0.label, $0.value.mappingTexts(transform)) }, remarks: remarks.map(transform), isComplete: false)
    }
}
