import Foundation
import Sodium

/// Adds events after those a head covers to the derived files, in chunks so memory stays bounded, and
/// writes the new head last: until then the old head stands, with the buckets it names, and the entries
/// written beyond it are cut off the next time their streams are extended.
struct IndexExtension {
    private let files: IndexFiles
    private let head: SavedHead?
    private let firstSeq: Int
    private var buckets: [Int: StreamBucket] = [:]
    private var bucketOfStream: [String: Int] = [:]
    private var pendingStreams: [String: [UInt8]] = [:]
    private var pendingOffsets: [UInt8] = []
    private var pendingBytes = 0
    /// The versions the streams had before, for those this extension touched (to cut off left-over entries).
    private var versionsBefore: [String: Int] = [:]
    /// The streams whose files were already cut back to their old version.
    private var cutStreams: Set<String> = []
    private var offsetsWritten = false
    private var last: IndexedEvent?

    private static let flushThreshold = 2 << 20

    /// Starts extending the derived files after `head` (or from scratch for `nil`).
    init(_ files: IndexFiles, after head: SavedHead?) {
        self.files = files
        self.head = head
        firstSeq = head.map { $0.last.seq + 1 } ?? 0
        last = head?.last
    }

    /// The versions of the streams the events added so far went into.
    var touchedVersions: [String: Int] {
        bucketOfStream.reduce(into: [:]) { versions, entry in versions[entry.key] = buckets[entry.value]?.streams[entry.key]?.version }
    }

    /// Adds the next event.
    /// - Throws: ``DerivedStateProblem`` if a bucket the head names does not match it, ``LedgerError`` if a file cannot be written.
    mutating func add(_ event: IndexedEvent) throws {
        let number = try bucket(of: event.stream)
        var summary = buckets[number]?.streams[event.stream]
        if versionsBefore[event.stream] == nil { versionsBefore[event.stream] = summary?.version ?? 0 }
        summary = StreamBucket.Summary(version: (summary?.version ?? 0) + 1, lastSeq: event.seq)
        buckets[number]?.streams[event.stream] = summary
        IndexFiles.append(event.offset, size: 8, to: &pendingOffsets)
        IndexFiles.append(UInt64(event.length), size: 4, to: &pendingOffsets)
        var record = [UInt8]()
        record.reserveCapacity(IndexFiles.streamRecordSize)
        IndexFiles.append(UInt64(event.seq), size: 8, to: &record)
        IndexFiles.append(event.offset, size: 8, to: &record)
        IndexFiles.append(UInt64(event.length), size: 4, to: &record)
        record.append(contentsOf: event.hash)
        pendingStreams[event.stream, default: []].append(contentsOf: record)
        last = event
        pendingBytes += IndexFiles.offsetRecordSize + IndexFiles.streamRecordSize
        if pendingBytes > Self.flushThreshold { try flush() }
    }

    /// Writes what is pending, the buckets that changed, and then the head; returns the head, or `nil` if no
    /// event was ever covered.
    mutating func finish() throws(LedgerError) -> SavedHead? {
        try flush()
        guard let last else { return nil }
        var hashes = head?.bucketHashes ?? Array(repeating: IndexFiles.emptyBucketHash, count: StreamBucket.count)
        let oldHashes = hashes
        try FileSystem.createDirectory(files.buckets)
        for (number, bucket) in buckets {
            let bytes = bucket.bytes
            hashes[number] = SHA256.hash(bytes)
            try DerivedFiles.replace(bytes, at: files.file(ofBucket: number, hash: hashes[number]))
        }
        let head = SavedHead(last: last, bucketHashes: hashes)
        try DerivedFiles.replace(head.bytes, at: files.head)
        for number in buckets.keys where hashes[number] != oldHashes[number] {
            try? FileManager.default.removeItem(at: files.file(ofBucket: number, hash: oldHashes[number]))
        }
        return head
    }

    /// The bucket a stream is in, read (and checked against the head) the first time.
    private mutating func bucket(of stream: String) throws(DerivedStateProblem) -> Int {
        if let number = bucketOfStream[stream] { return number }
        let number = StreamBucket.number(of: stream)
        if buckets[number] == nil {
            buckets[number] = try head.map { head throws(DerivedStateProblem) in
                try files.bucket(number, expectedHash: head.bucketHashes[number])
            } ?? StreamBucket()
        }
        bucketOfStream[stream] = number
        return number
    }

    private mutating func flush() throws(LedgerError) {
        try FileSystem.createDirectory(files.streams)
        let keptOffsets = offsetsWritten ? nil : UInt64(firstSeq * IndexFiles.offsetRecordSize)
        try DerivedFiles.append(pendingOffsets, to: files.offsets, truncatingTo: keptOffsets)
        offsetsWritten = true
        for (stream, records) in pendingStreams {
            let kept = cutStreams.insert(stream).inserted ? versionsBefore[stream].map { UInt64($0 * IndexFiles.streamRecordSize) } : nil
            try DerivedFiles.append(records, to: files.file(of: stream), truncatingTo: kept)
        }
        pendingOffsets.removeAll(keepingCapacity: true)
        pendingStreams.removeAll(keepingCapacity: true)
        pendingBytes = 0
    }
}
