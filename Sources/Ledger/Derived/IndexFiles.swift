import Foundation
import Sodium

#if canImport(Glibc)
import Glibc
#endif

/// The derived files under `state/`, which hold where events are and never what they say:
/// - `head`: the ``SavedHead``;
/// - `buckets/XX`: the ``StreamBucket``s, each stream's version and last seq (XX the bucket's number in hex);
/// - `offsets`: per seq, the offset (8 bytes) and length (4 bytes) of its line, little-endian;
/// - `streams/<stream with / as +>`: per event of the stream, in order, its seq (8), offset (8), line length (4)
///   and hash (32); entries beyond the stream's version are left over from an interrupted save and ignored.
///
/// Files are written without syncing: they are rebuilt from the log whenever they do not match it.
struct IndexFiles: Sendable {
    /// The `state/` directory.
    let directory: URL

    static let offsetRecordSize = 12
    static let streamRecordSize = 52

    var head: URL { directory.appendingPathComponent("head") }
    var offsets: URL { directory.appendingPathComponent("offsets") }
    var streams: URL { directory.appendingPathComponent("streams", isDirectory: true) }
    var buckets: URL { directory.appendingPathComponent("buckets", isDirectory: true) }

    /// The file of one bucket.
    func file(ofBucket number: Int) -> URL {
        buckets.appendingPathComponent(Hex.encode([UInt8(number)]))
    }

    /// A bucket of `head`, which must hash to its line there and name no event after the head's last.
    /// - Throws: ``DerivedStateProblem`` if it is missing, does not hash to it or does not read.
    func bucket(_ number: Int, of head: SavedHead) throws(DerivedStateProblem) -> StreamBucket {
        let expectedHash = head.bucketHashes[number]
        if constantTimeEquals(expectedHash, Self.emptyBucketHash) { return StreamBucket() }
        guard let data = FileManager.default.contents(atPath: file(ofBucket: number).path) else {
            throw DerivedStateProblem("bucket \(number) is missing")
        }
        let bytes = [UInt8](data)
        guard constantTimeEquals(SHA256.hash(bytes), expectedHash), let bucket = StreamBucket(parsing: bytes),
              bucket.streams.values.allSatisfy({ $0.lastSeq <= head.last.seq })
        else { throw DerivedStateProblem("bucket \(number) is not the one the head names") }
        return bucket
    }

    /// The hash of an empty bucket.
    static let emptyBucketHash = SHA256.hash([])

    /// The file of one stream's entries.
    func file(of stream: String) -> URL {
        URL(fileURLWithPath: streams.path + "/" + String(stream.map { $0 == "/" ? "+" : $0 }), isDirectory: false)
    }

    /// The head, or `nil` if it is missing or does not read.
    func readHead() -> SavedHead? {
        guard let data = FileManager.default.contents(atPath: head.path) else { return nil }
        return SavedHead(parsing: [UInt8](data))
    }

    /// The entries of a stream as its summary describes them: `version` entries in increasing seq order,
    /// the last at `lastSeq`.
    /// - Throws: ``DerivedStateProblem`` if the file holds fewer, or others, or cannot be read.
    func entries(of stream: String, _ summary: StreamBucket.Summary?) throws(DerivedStateProblem) -> [IndexedEvent] {
        try entries(of: stream, summary, from: 0)
    }

    /// The entries of a stream its summary describes from the `first`-th on (the tail of ``entries(of:_:)``).
    /// - Throws: ``DerivedStateProblem`` if the file holds fewer, or others, or cannot be read.
    func entries(of stream: String, _ summary: StreamBucket.Summary?, from first: Int) throws(DerivedStateProblem) -> [IndexedEvent] {
        guard let summary, first < summary.version else { return [] }
        let start = max(0, first)
        let bytes = try read(
            file(of: stream), from: UInt64(start * Self.streamRecordSize), count: (summary.version - start) * Self.streamRecordSize)
        let entries = (0..<(summary.version - start)).map { index in
            let base = index * Self.streamRecordSize
            return IndexedEvent(
                seq: Int(Self.integer(bytes, at: base, size: 8)), offset: Self.integer(bytes, at: base + 8, size: 8),
                length: Int(Self.integer(bytes, at: base + 16, size: 4)), stream: stream,
                hash: Array(bytes[(base + 20)..<(base + Self.streamRecordSize)]))
        }
        guard entries.last?.seq == summary.lastSeq, zip(entries, entries.dropFirst()).allSatisfy({ $0.seq < $1.seq }) else {
            throw DerivedStateProblem("the entries of \(stream) are not the ones its bucket names")
        }
        return entries
    }

    /// The first entry of a stream its summary describes, or `nil` for a stream with none.
    /// - Throws: ``DerivedStateProblem`` if the file cannot be read.
    func firstEntry(of stream: String, _ summary: StreamBucket.Summary?) throws(DerivedStateProblem) -> IndexedEvent? {
        guard summary != nil else { return nil }
        let bytes = try read(file(of: stream), from: 0, count: Self.streamRecordSize)
        return IndexedEvent(
            seq: Int(Self.integer(bytes, at: 0, size: 8)), offset: Self.integer(bytes, at: 8, size: 8),
            length: Int(Self.integer(bytes, at: 16, size: 4)), stream: stream, hash: Array(bytes[20..<Self.streamRecordSize]))
    }

    /// Where the line of event `seq` is.
    /// - Throws: ``DerivedStateProblem`` if the file does not hold it.
    func line(ofSeq seq: Int) throws(DerivedStateProblem) -> (offset: UInt64, length: Int) {
        let bytes = try read(offsets, from: UInt64(seq * Self.offsetRecordSize), count: Self.offsetRecordSize)
        return (Self.integer(bytes, at: 0, size: 8), Int(Self.integer(bytes, at: 8, size: 4)))
    }

    /// Deletes every derived file.
    func removeAll() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func read(_ file: URL, from offset: UInt64, count: Int) throws(DerivedStateProblem) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: file.path) else { throw DerivedStateProblem("\(file.lastPathComponent) is missing") }
        defer { try? handle.close() }
        do {
            try handle.seek(toOffset: offset)
            let data = try handle.read(upToCount: count) ?? Data()
            guard data.count == count else { throw DerivedStateProblem("\(file.lastPathComponent) is too short") }
            return [UInt8](data)
        } catch let problem as DerivedStateProblem {
            throw problem
        } catch {
            throw DerivedStateProblem("\(file.lastPathComponent) cannot be read: \(error.localizedDescription)")
        }
    }

    /// Reads a little-endian unsigned integer of `size` bytes.
    static func integer(_ bytes: [UInt8], at start: Int, size: Int) -> UInt64 {
        (0..<size).reduce(UInt64(0)) { value, index in value | UInt64(bytes[start + index]) << (8 * UInt64(index)) }
    }

    /// Appends a little-endian unsigned integer of `size` bytes.
    static func append(_ value: UInt64, size: Int, to bytes: inout [UInt8]) {
        for index in 0..<size { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(index)))) }
    }
}

/// Why the derived state was not believed; it is then rebuilt from the log.
struct DerivedStateProblem: Error, Sendable {
    /// What did not match.
    let reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
