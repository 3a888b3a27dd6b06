import Ledger

/// What a read showed of one case, for its `case.viewed`.
enum ShownRecords: Equatable {
    /// Every record up to and including a seq.
    case through(Int)
    /// Some records (a report), by seq.
    case seqs([Int])

    /// The payload members naming what was shown.
    var payload: [String: JSONValue] {
        switch self {
        case .through(let seq): [String: JSONValue](fields: [.through: .integer(Int64(seq))])
        case .seqs(let seqs): [String: JSONValue](fields: [.events: .array(seqs.map { .integer(Int64($0)) })])
        }
    }
}

extension CaseSession {
    /// Whether the profile in force puts reads on the record (NEN 7513).
    public var recordsViews: Bool { profiles.current.access.recordViews }

    /// Notes that a read showed some of a case's records (a report), replacing what was noted of it before.
    /// - Parameters:
    ///   - id: The case id.
    ///   - seqs: The seqs shown.
    public func noteShown(case id: String, seqs: [Int]) { shown[id] = .seqs(seqs) }

    /// Takes the `case.viewed` drafts of what was shown so far, one per case in the order of their ids, naming the
    /// command or page; none when the profile in force does not record reads. What was shown is then forgotten.
    /// - Parameter command: The command or page that showed the content.
    /// - Returns: The drafts, to be appended by the caller (with what else it records).
    public func takeViewDrafts(command: String) -> [EventDraft] {
        defer { shown = [:] }
        guard recordsViews else { return [] }
        let day = CalendarDay(clock.now()).description
        return shown.keys.sorted().compactMap { id in
            shown[id].map { records in
                EventDraft(type: EventType.caseViewed.rawValue, stream: CaseStream.name(of: id), payload: records.payload.merging([String: JSONValue](fields: [
                    .command: .string(command), .viewedOn: .string(day),
                ])) { first, _ in first })
            }
        }
    }

    /// Puts the reads of this session on the record: one `case.viewed` per case shown, naming the command or page and
    /// what was shown, all in one append. A case whose events the session did not open (a listing's) is admitted from
    /// its headers and its read sealed with the key the session holds (see ``CheckedAppend``); the reads of cases a listing
    /// showed from their summaries are then saved as listed (see ``saveListedReads(_:of:)``).
    /// - Parameter command: The command or page that showed the content.
    /// - Throws: ``LedgerError`` if the append fails.
    public func recordViews(command: String) throws {
        let drafts = takeViewDrafts(command: command)
        guard !drafts.isEmpty else { return }
        let checked = try CheckedAppend(
            drafts, writer: writer, author: reader, keys: keys, now: clock.now(), checkingLedgerNow: false, content: content)
        saveListedReads(try checked.append(drafts), of: drafts)
    }
}
