import Foundation
import Ledger
import Testing
@testable import Meldcode

/// A seeded mutation loop over payload admission: each payload of the example case is changed (a value
/// replaced by one of another type or at a limit, a member added or dropped, a string given awkward
/// characters) and offered to the meldcode in its place; admission must never crash, and a payload it
/// admits must pass its type's schema.
///
/// `LOGBOEK_FUZZ_RUNS` sets the number of mutated payloads (default 1 000), `LOGBOEK_FUZZ_SEED` the seed.
@Suite("Admission fuzzing")
struct AdmissionFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let runs = Int(environment["LOGBOEK_FUZZ_RUNS"] ?? "") ?? 1_000
    static let seed = UInt64(environment["LOGBOEK_FUZZ_SEED"] ?? "") ?? 20_261_128

    static let values: [JSONValue] = [
        .null, .bool(true), .integer(0), .integer(-1), .integer((1 << 53) - 1), .string(""), .string("é"), .string("e\u{301}"),
        .string("\u{1B}[2J"), .string(String(repeating: "a", count: 5_000)), .string("2026-02-30"), .string("2026-11-23"),
        .string("9999-12-31"), .array([]), .array([.integer(4)]), .array([.string("x")]), .object([:]), .object(["kind": .string("self")]),
    ]

    /// The payload with one change.
    static func mutated(_ payload: [String: JSONValue], _ random: inout SeededRandom) -> ([String: JSONValue], String) {
        var payload = payload
        let keys = payload.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let value = values[Int(random.next() % UInt64(values.count))]
        switch (random.next() % 3, keys.isEmpty) {
        case (0, false):
            let key = keys[Int(random.next() % UInt64(keys.count))]
            payload[key] = value
            return (payload, "\(key) := \(value)")
        case (1, false):
            let key = keys[Int(random.next() % UInt64(keys.count))]
            payload[key] = nil
            return (payload, "without \(key)")
        default:
            let key = ["extra", "salt", "source", "Kind", "kind\u{301}"][Int(random.next() % 5)]
            payload[key] = value
            return (payload, "\(key) added := \(value)")
        }
    }

    @Test("Mutated payloads never crash admission, and an admitted one passes its schema")
    func mutatedPayloads() throws {
        let drafts = CaseFixture.drafts
        try #require(!drafts.isEmpty)
        let books = try (0..<drafts.count).map { try CaseFixture.casebook(after: $0) }
        var random = SeededRandom(seed: Self.seed)
        for run in 0..<Self.runs {
            let index = run % drafts.count
            let draft = drafts[index]
            let (payload, description) = Self.mutated(draft.payload, &random)
            var book = books[index]
            let changed = EventDraft(type: draft.type, stream: draft.stream, payload: payload)
            guard (try? book.record(changed, seq: CaseFixture.firstSeq + index, author: CaseFixture.author, at: CaseFixture.now)) != nil
            else { continue }
            let definition = try #require(EventCatalogue.standard.definition(of: draft.type))
            #expect(throws: Never.self, "run \(run), \(draft.type): \(description)") {
                _ = try definition.validate(payload, recordedAt: CaseFixture.now)
            }
        }
    }
}
