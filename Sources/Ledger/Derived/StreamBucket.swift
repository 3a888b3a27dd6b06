import Sodium

/// One of the 256 files (`state/buckets/XX`, XX the first byte of the SHA-256 of a stream's name in hex) that
/// together hold every stream's version and last seq, so that a command reads the few streams it needs
/// without reading a table of all of them.
struct StreamBucket: Sendable, Equatable {
    /// What the saved state knows of one stream.
    struct Summary: Sendable, Equatable {
        /// The number of its events.
        var version: Int
        /// The seq of its last event.
        var lastSeq: Int
    }

    /// The number of buckets.
    static let count = 256

    /// The streams in this bucket.
    var streams: [String: Summary] = [:]

    /// The bucket a stream belongs in.
    static func number(of stream: String) -> Int {
        Int(SHA256.hash(Array(stream.utf8))[0])
    }

    /// An empty bucket.
    init() {}

    /// Reads a bucket file; `nil` for anything that is not one.
    init?(parsing bytes: [UInt8]) {
        for line in bytes.split(separator: 0x0A) {
            let fields = line.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == 3, Names.isStream(fields[0]), let version = Int(fields[1]), version > 0,
                  let lastSeq = Int(fields[2]), lastSeq >= version - 1, streams[fields[0]] == nil
            else { return nil }
            streams[fields[0]] = Summary(version: version, lastSeq: lastSeq)
        }
    }

    /// The file's bytes: one line `STREAM VERSION LASTSEQ` per stream, in the order of their bytes.
    var bytes: [UInt8] {
        var bytes = [UInt8]()
        for (stream, summary) in streams.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            bytes.append(contentsOf: "\(stream) \(summary.version) \(summary.lastSeq)\n".utf8)
        }
        return bytes
    }
}
