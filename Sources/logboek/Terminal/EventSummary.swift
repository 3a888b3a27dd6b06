import Ledger
import Meldcode

/// The short form of an event that commands print after recording it.
enum EventSummary {
    /// `{"author","hash","recordedAt","seq","stream","type"}`.
    static func json(_ event: Event) -> JSONValue {
        .object([
            "seq": .integer(Int64(event.header.seq)),
            "hash": .string(event.hashHex),
            "type": .string(event.header.type),
            "stream": .string(event.header.stream),
            "author": .string(event.header.author),
            "recordedAt": .string(event.header.recordedAt.description),
        ])
    }

    /// Reports a newly recorded event on standard output: its summary as JSON, or a Dutch sentence naming a meldcode
    /// event by its Dutch name (`Vastgelegd als seq 5 (signaal vastgelegd) in case/2026-001, hash …`).
    static func reportRecorded(_ event: Event, json: Bool, _ context: Context) {
        if json {
            context.console.json(self.json(event))
        } else {
            let name = EventCatalogue.standard.definition(of: event.header.type)?.dutchName ?? event.header.type
            context.console.out("Vastgelegd als seq \(event.header.seq) (\(name)) in \(event.header.stream), hash \(event.hashHex)")
        }
    }

    /// One line for people: seq, Dutch time, author, type and stream.
    static func text(_ event: Event) -> String {
        let header = event.header
        return "\(header.seq)\t\(DutchTime.text(of: header.recordedAt))\t\(header.author)\t\(header.type)\t\(header.stream)"
    }
}
