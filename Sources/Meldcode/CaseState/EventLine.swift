import Ledger

/// One event of a case in one line, so people can read what a `seq` refers to: its seq, its Dutch name, the
/// day it records, its author and the start of its main text, e.g.
/// `#14 signaal vastgelegd 2026-10-03 (lk.bakker): 'Blauwe plek bij oog'`.
public struct EventLine: Sendable, Equatable {
    /// The event's seq.
    public let seq: Int
    /// The Dutch name of its type.
    public let dutchName: String
    /// The day it records (observed, held, decided, ...), if its type carries one.
    public let day: CalendarDay?
    /// Its author.
    public let author: String
    /// Its leading choices (as slugs) and the start of its first text, e.g. `melding yes · 'De hulp stopt...'`, for JSON.
    public let summary: String
    /// The same with the choices' Dutch names, e.g. `melden ja · 'De hulp stopt...'`, for people.
    public let dutchSummary: String
    /// A remark on its standing, e.g. `voorgesteld, niet bevestigd` for a decision that does not stand.
    public let remark: String?

    /// The longest piece of text a summary quotes.
    static let quoteLimit = 60

    /// The line of an event.
    /// - Parameters:
    ///   - event: A recorded meldcode event.
    ///   - remark: A remark on its standing, if any.
    public init(_ event: RecordedEvent, remark: String? = nil) {
        let definition = EventCatalogue.standard.definition(of: event.type)
        seq = event.seq
        dutchName = definition?.dutchName ?? event.type
        day = CaseState.dateField(of: event.type).flatMap { event.payload[$0]?.stringValue }.flatMap(CalendarDay.init)
        author = event.author
        summary = definition.map { Self.summary(event.payload, $0.payload, dutch: false) } ?? ""
        dutchSummary = definition.map { Self.summary(event.payload, $0.payload, dutch: true) } ?? ""
        self.remark = remark
    }

    /// The line as people read it.
    public var text: String {
        let when = day.map { " \($0)" } ?? ""
        let standing = remark.map { " [\($0)]" } ?? ""
        return "#\(seq) \(dutchName)\(when) (\(author))\(dutchSummary.isEmpty ? "" : ": \(dutchSummary)")\(standing)"
    }

    /// The line as JSON: `{"seq","type","day"?,"author","summary","remark"?}` (type in Dutch).
    public var json: JSONValue {
        var members: [String: JSONValue] = [
            "seq": .integer(Int64(seq)), "type": .string(dutchName), "author": .string(author), "summary": .string(summary),
        ]
        if let day { members["day"] = .string(day.description) }
        if let remark { members["remark"] = .string(remark) }
        return .object(members)
    }

    /// The values of the leading choice fields, then the first free text (else the first line) quoted and cut short.
    private static func summary(_ payload: [String: JSONValue], _ schema: PayloadSchema, dutch: Bool) -> String {
        var choices = [String]()
        for field in schema.fields {
            guard case .choice(let list) = field.kind else { break }
            if let value = payload[field.name]?.stringValue { choices.append(dutch ? Choice.name(of: value, in: list) : value) }
        }
        let given = schema.fields.filter { payload[$0.name]?.stringValue != nil && $0.name != EventDefinition.paperRecordField.name }
        let text = (given.first { $0.kind == .text } ?? given.first { $0.kind == .line }).flatMap { payload[$0.name]?.stringValue }
        let quoted = text.map { text -> String in
            let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
            return "'" + (line.count > quoteLimit ? line.prefix(quoteLimit - 1) + "…" : line) + "'"
        }
        return ([choices.joined(separator: " ")].filter { !$0.isEmpty } + [quoted].compactMap { $0 }).joined(separator: " · ")
    }
}

extension CaseState {
    /// Every event of the case in one line each, in log order, as corrected; decisions that do not stand, records
    /// entered from paper and corrected records are marked.
    public var eventLines: [EventLine] {
        let corrected = Set(corrections.map(\.corrects))
        return events.map { logged in
            let event = fieldCorrections.applied(to: logged)
            let proposed = event.type == EventType.decisionRecorded && standingDecisions[event.seq] == nil
            let remarks = [
                proposed ? "voorgesteld, niet bevestigd" : nil, event.payload[EventDefinition.paperRecordField.name] != nil ? "van papier" : nil,
                corrected.contains(event.seq) ? "gecorrigeerd" : nil,
            ]
            let remark = remarks.compactMap { $0 }.joined(separator: ", ")
            return EventLine(event, remark: remark.isEmpty ? nil : remark)
        }
    }
}
