import Foundation

/// Adds events after those a head covers to the derived files, in chunks so memory stays bounded, and
/// writes the new head last: until then the old head stands, and the entries written beyond it are cut
/// off the next time its streams are extended.
struct IndexExtension {
    private let files: IndexFiles
    /// The versions of the streams after the events added so far.
    private(set) var streamVersions: [String: Int]
    /// The number of events before the first one added.
    private let firstSeq: Int
    private let versionsBefore: [String: Int]
    private var pendingStreams: [String: [UInt8]] = [:]
    private var pendingOffsets: [UInt8] = []
    private var touchedStreams: Set<String> = []
    private var offsetsWritten = false
    private var pendingBytes = 0
    private(set) var last: IndexedEvent?

    private static let flushThreshold = 8 << 20

    /// Starts extending the derived files after `head` (or from scratch for `nil`).
    init(_ files: IndexFiles, after head: SavedHead?) {
        self.files = files
        streamVersions = head?.streamVersions ?? [:]
        versionsBefore = streamVersions
        firstSeq = head.map { $0.last.seq + 1 } ?? 0
        last = head?.last
    }

    /// Adds the next event.
    mutating func add(_ event: IndexedEvent) throws(LedgerError) {
        IndexFiles.append(event.offset, size: 8, to: &pendingOffsets)
        IndexFiles.append(UInt64(event.length), size: 4, to: &pendingOffsets)
        var record = [UInt8]()
        record.reserveCapacity(IndexFiles.streamRecordSize)
        IndexFiles.append(UInt64(event.seq), size: 8, to: &record)
        IndexFiles.append(event.offset, size: 8, to: &record)
        IndexFiles.append(UInt64(event.length), size: 4, to: &record)
        record.append(contentsOf: event.hash)
        pendingStreams[event.stream, default: []].append(contentsOf: record)
        streamVersions[event.stream, default: 0] += 1
        last = event
        pendingBytes += IndexFiles.offsetRecordSize + IndexFiles.streamRecordSize
        if pendingBytes > Self.flushThreshold { try flush() }
    }

    /// Writes what is pending and then the head; returns the head, or `nil` if no event was ever covered.
    mutating func finish() throws(LedgerError) -> SavedHead? {
        try flush()
        guard let last else { return nil }
        let head = SavedHead(last: last, streamVersions: streamVersions)
        try DerivedFiles.replace(head.bytes, at: files.head)
        return head
    }

    private mutating func flush() throws(LedgerError) {
        try FileSystem.createDirectory(files.streams)
        let keptOffsets = offsetsWritten ? nil : UInt64(firstSeq * IndexFiles.offsetRecordSize)
        try DerivedFiles.append(pendingOffsets, to: files.offsets, truncatingTo: keptOffsets)
        offsetsWritten = true
        for (stream, records) in pendingStreams {
            let kept = touchedStreams.insert(stream).inserted ? UInt64(versionsBefore[stream, default: 0] * IndexFiles.streamRecordSize) : nil
            try DerivedFiles.append(records, to: files.file(of: stream), truncatingTo: kept)
        }
        pendingOffsets.removeAll(keepingCapacity: true)
        pendingStreams.removeAll(keepingCapacity: true)
        pendingBytes = 0
    }
}
