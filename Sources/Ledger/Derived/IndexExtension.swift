import Foundation
import Sodium

/// Adds events after those a head covers to the derived files, in chunks so memory stays bounded, and
/// writes the buckets and then the new head last. Entries written beyond a head are cut off the next time
/// their streams are extended; a crash between a bucket and the head leaves a bucket the old head does
/// not name, and the state is rebuilt.
struct IndexExtension {
    private let files: IndexFiles
    private let head: SavedHead?
    private let firstSeq: Int
    private var buckets: [Int: StreamBucket] = [:]
    private var bucketOfStream: [String: Int] = [:]
    /// The buckets an added event went into: the ones to write.
    private var touchedBuckets: Set<Int> = []
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
    /// - Parameters:
    ///   - files: The derived files.
    ///   - head: The head they hold.
    ///   - buckets: Buckets of `head` already read and checked.
    init(_ files: IndexFiles, after head: SavedHead?, buckets: [Int: StreamBucket] = [:]) {
        self.files = files
        self.head = head
        self.buckets = head == nil ? [:] : buckets
        firstSeq = head.map { $0.last.seq + 1 } ?? 0
        last = head?.last
    }

    /// The buckets as they stand after the events added so far (those read or changed).
    var knownBuckets: [Int: StreamBucket] { buckets }

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
        if head == nil { try FileSystem.createDirectory(files.buckets) }
        for number in touchedBuckets {
            guard let bucket = buckets[number] else { continue }
            let bytes = bucket.bytes
            hashes[number] = SHA256.hash(bytes)
            try DerivedFiles.overwrite(bytes, at: files.file(ofBucket: number))
        }
        let head = SavedHead(last: last, bucketHashes: hashes)
        try DerivedFiles.overwrite(head.bytes, at: files.head)
        return head
    }

    /// The bucket a stream is in, read (and checked against the head) the first time.
    private mutating func bucket(of stream: String) throws(DerivedStateProblem) -> Int {
        if let number = bucketOfStream[stream] { return number }
        let number = StreamBucket.number(of: stream)
        if buckets[number] == nil {
            buckets[number] = try head.map { head throws(DerivedStateProblem) in try files.bucket(number, of: head) } ?? StreamBucket()
        }
        bucketOfStream[stream] = number
        touchedBuckets.insert(number)
        return number
    }

    private mutating func flush() throws(LedgerError) {
        if head == nil { try FileSystem.createDirectory(files.streams) }
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
