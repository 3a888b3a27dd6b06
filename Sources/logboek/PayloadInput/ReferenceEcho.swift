import Ledger
import Meldcode

/// The events a payload refers to, one line each, so the user sees what a `seq` names before it is written.
enum ReferenceEcho {
    /// One line per reference: where in the payload, and the event it names.
    /// - Parameters:
    ///   - payload: The payload about to be recorded.
    ///   - definition: Its type.
    ///   - events: The log's events.
    /// - Returns: The lines, e.g. `  factsPresented[0] → #14 signaal vastgelegd 2026-10-03 (lk.bakker): 'Blauwe plek bij oog'`.
    static func lines(_ payload: [String: JSONValue], _ definition: EventDefinition, in events: [RecordedEvent]) -> [String] {
        guard let references = try? definition.validate(payload, recordedAt: SystemClock().now()).references, !references.isEmpty else {
            return []
        }
        let bySeq = Dictionary(events.map { ($0.seq, $0) }) { first, _ in first }
        return ["Verwijst naar:"] + references.map { reference in
            "  \(reference.path) → " + (bySeq[reference.seq].map { EventLine($0).text } ?? "#\(reference.seq) (niet in het logboek)")
        }
    }

    /// The case's events a reference field may name, one line each, for guided entry to offer.
    /// - Parameters:
    ///   - types: The types the field allows (any when empty).
    ///   - events: The case's events.
    /// - Returns: The lines.
    static func candidates(_ types: [String], in events: [RecordedEvent]) -> [String] {
        events.filter { types.isEmpty || types.contains($0.type) }.map { "  " + EventLine($0).text }
    }
}
