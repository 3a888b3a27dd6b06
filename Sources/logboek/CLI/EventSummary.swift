import Ledger

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

    /// One line for people: seq, time, author, type and stream.
    static func text(_ event: Event) -> String {
        let header = event.header
        return "\(header.seq)\t\(header.recordedAt)\t\(header.author)\t\(header.type)\t\(header.stream)"
    }
}
