import Sodium

/// The head of the derived state (`state/head`): the last event it covers (seq, where its line is, its
/// hash and stream) and the SHA-256 of each of the 256 stream buckets (``StreamBucket``) as they stood after it.
///
/// It is read as a claim about the log, never as a fact: ``DerivedState`` believes it only after finding
/// that event at that offset with that hash in the log, and a bucket only if it hashes to its line here.
struct SavedHead: Sendable, Equatable {
    /// The last event covered.
    let last: IndexedEvent
    /// The hash of each bucket's file, by bucket number.
    let bucketHashes: [[UInt8]]

    private static let magic = "logboek-state 2"

    /// The file's bytes: `logboek-state 2 SEQ OFFSET LENGTH HASH STREAM`, then one hex hash per bucket, one a line.
    var bytes: [UInt8] {
        var text = "\(Self.magic) \(last.seq) \(last.offset) \(last.length) \(Hex.encode(last.hash)) \(last.stream)\n"
        for hash in bucketHashes { text += Hex.encode(hash) + "\n" }
        return Array(text.utf8)
    }

    /// Reads a head file; `nil` for anything that is not one, to the last byte.
    /// - Parameter bytes: The file's content.
    init?(parsing bytes: [UInt8]) {
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard lines.count == StreamBucket.count + 2, lines.last?.isEmpty == true else { return nil }
        let first = lines[0].split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
        guard first.count == 7, "\(first[0]) \(first[1])" == Self.magic, let seq = Int(first[2]), seq >= 0,
              let offset = UInt64(first[3]), let length = Int(first[4]), length > 0,
              let hash = Hex.decode(first[5]), hash.count == Event.hashLength, Names.isStream(first[6])
        else { return nil }
        var hashes = [[UInt8]]()
        for line in lines.dropFirst().dropLast() {
            guard let bucketHash = Hex.decode(line), bucketHash.count == Event.hashLength else { return nil }
            hashes.append(bucketHash)
        }
        last = IndexedEvent(seq: seq, offset: offset, length: length, stream: first[6], hash: hash)
        bucketHashes = hashes
    }

    /// A head covering the events through `last`.
    init(last: IndexedEvent, bucketHashes: [[UInt8]]) {
        self.last = last
        self.bucketHashes = bucketHashes
    }
}
