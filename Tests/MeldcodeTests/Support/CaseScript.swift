import Ledger
@testable import Meldcode

/// A case written line by line in memory, each line recorded at 15:00 UTC on its day, the first at seq 4
/// (after `logbook.created` and three enrolments). ``correct`` is a whole case that follows the Klimtoren
/// profile (seed 002) and the basismodel (seed 001) to the letter: help with a term and a case manager,
/// the term passes without result, melding under meldnorm C. Tests vary it line by line; removing a line
/// replaces it with a note, so the seqs of the others stay.
struct CaseScript {
    /// One event to be recorded.
    struct Line {
        var type: String
        var day: String
        var author: String
        var payload: [String: JSONValue]
    }

    static let caseID = "2026-007"
    static let firstSeq = 4
    /// The roles of the logbook's actors (as ``MeldcodeLogbook`` enrols them).
    static let roles: [String: Set<Role>] = [
        "dir.jansen": [.directeur], "ib.devries": [.internBegeleider], "lk.bakker": [.leerkracht], "lk.visser": [.leerkracht],
    ]

    var lines: [Line]

    private func index(of type: String, occurrence: Int) -> Int? {
        let indices = lines.indices.filter { lines[$0].type == type }
        return occurrence < indices.count ? indices[occurrence] : nil
    }

    /// The script with one line's payload members replaced or removed (`nil`).
    func changing(_ type: String, occurrence: Int = 0, _ changes: [String: JSONValue?]) -> CaseScript {
        var copy = self
        guard let index = index(of: type, occurrence: occurrence) else { return copy }
        for (key, value) in changes { copy.lines[index].payload[key] = value }
        return copy
    }

    /// The script with one line recorded on another day or by another author.
    func moving(_ type: String, occurrence: Int = 0, to day: String? = nil, by author: String? = nil) -> CaseScript {
        var copy = self
        guard let index = index(of: type, occurrence: occurrence) else { return copy }
        copy.lines[index].day = day ?? copy.lines[index].day
        copy.lines[index].author = author ?? copy.lines[index].author
        return copy
    }

    /// The script with one line replaced by another (by default a note, as if the event had never been recorded).
    func replacing(_ type: String, occurrence: Int = 0, with line: Line? = nil) -> CaseScript {
        var copy = self
        guard let index = index(of: type, occurrence: occurrence) else { return copy }
        let old = copy.lines[index]
        copy.lines[index] = line ?? Line(type: "note.recorded", day: old.day, author: old.author, payload: ["text": .string("Notitie.")])
        return copy
    }

    /// The script up to and including the `occurrence`-th line of a type.
    func through(_ type: String, occurrence: Int = 0) -> CaseScript {
        guard let index = index(of: type, occurrence: occurrence) else { return self }
        return CaseScript(lines: Array(lines.prefix(index + 1)))
    }

    /// The script with lines added at its end.
    func appending(_ added: Line...) -> CaseScript {
        CaseScript(lines: lines + added)
    }

    /// The recorded events.
    var events: [RecordedEvent] {
        lines.enumerated().map { offset, line in
            RecordedEvent(
                seq: Self.firstSeq + offset, recordedAt: Timestamp(line.day + "T15:00:00.000Z") ?? Timestamp(millisecondsSinceEpoch: 0),
                author: line.author, type: line.type, stream: CaseStream.name(of: Self.caseID), payload: line.payload)
        }
    }

    /// The case's state after every line.
    var state: CaseState { CaseState(id: Self.caseID, events: events) }

    /// The findings under a profile, judged on a day.
    func findings(_ profile: ProtocolProfile = .klimtoren, on day: String = "2026-11-20") -> [Finding] {
        state.findings(in: FindingContext(profile: profile, actorRoles: Self.roles, day: Self.day(day)))
    }

    /// The findings of one code.
    func findings(_ code: FindingCode, _ profile: ProtocolProfile = .klimtoren, on day: String = "2026-11-20") -> [Finding] {
        findings(profile, on: day).filter { $0.code == code }
    }

    /// A day written `YYYY-MM-DD`.
    static func day(_ text: String) -> CalendarDay { CalendarDay(text) ?? CalendarDay(daysSinceEpoch: 0) }
}
