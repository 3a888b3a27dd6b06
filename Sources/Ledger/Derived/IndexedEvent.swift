/// Where one event sits in `log.jsonl`, as the derived state records it: enough to find its line again
/// and to recognise it when it is read back, and nothing of its content.
struct IndexedEvent: Sendable, Equatable {
    /// Its seq.
    let seq: Int
    /// The byte offset of the first byte of its line.
    let offset: UInt64
    /// The length of its line, without the newline.
    let length: Int
    /// Its stream.
    let stream: String
    /// Its hash.
    let hash: [UInt8]

    /// The byte offset just past its line's newline.
    var end: UInt64 { offset + UInt64(length) + 1 }
}
