import Foundation
import Ledger
@testable import Meldcode

/// The case of `Tests/Fixtures/meldcode-case.jsonl`: every meldcode event type once or more, written for
/// a logbook whose first case event gets seq 4 (after `logbook.created` and three enrolments), the way
/// both ``MeldcodeLogbook`` and the CLI tests' template logbook start.
enum CaseFixture {
    /// The seq of the fixture's first event.
    static let firstSeq = 4
    /// The moment the tests record at (after every date in the fixture).
    static let now = Timestamp("2026-11-23T08:00:00.000Z") ?? Timestamp(millisecondsSinceEpoch: 0)
    /// The author of the fixture's events.
    static let author = "ib.devries"

    /// The repository's root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The fixture's drafts, in order.
    static let drafts: [EventDraft] = {
        let url = repositoryRoot.appendingPathComponent("Tests/Fixtures/meldcode-case.jsonl")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? CanonicalJSON.parse(Array(line.utf8)), let type = object["type"]?.stringValue,
                  let stream = object["stream"]?.stringValue, let payload = object["payload"]?.objectValue else { return nil }
            return EventDraft(type: type, stream: stream, payload: payload)
        }
    }()

    /// The casebook after the fixture's first `count` drafts, each admitted.
    static func casebook(after count: Int) throws -> Casebook {
        var book = Casebook()
        for (index, draft) in drafts.prefix(count).enumerated() {
            try book.record(draft, seq: firstSeq + index, author: author, at: now)
        }
        return book
    }

    /// The index of the first draft of a type.
    static func index(of type: String) -> Int? { drafts.firstIndex { $0.type == type } }

    /// The casebook just before the first draft of `type`, that draft, and the seq it would get.
    static func before(_ type: String) throws -> (book: Casebook, draft: EventDraft, seq: Int) {
        guard let index = index(of: type) else { throw FixtureError.missing(type) }
        return (try casebook(after: index), drafts[index], firstSeq + index)
    }

    /// The fixture's payload of a type with some members replaced or removed (`nil`).
    static func draft(_ type: String, changing changes: [String: JSONValue?]) throws -> EventDraft {
        let draft = try before(type).draft
        var payload = draft.payload
        for (key, value) in changes { payload[key] = value }
        return EventDraft(type: draft.type, stream: draft.stream, payload: payload)
    }
}

/// The fixture lacks something a test needs.
enum FixtureError: Error {
    case missing(String)
}
