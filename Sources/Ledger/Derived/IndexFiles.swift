import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The derived files under `state/`, which hold where events are and never what they say:
/// - `head`: the ``SavedHead``;
/// - `offsets`: per seq, the offset (8 bytes) and length (4 bytes) of its line, little-endian;
/// - `streams/<stream with / as +>`: per event of the stream, in order, its seq (8), offset (8), line length (4)
///   and hash (32).
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

    /// The file of one stream's entries.
    func file(of stream: String) -> URL {
        streams.appendingPathComponent(stream.replacingOccurrences(of: "/", with: "+"))
    }

    /// The head, or `nil` if it is missing or does not read.
    func readHead() -> SavedHead? {
        guard let data = FileManager.default.contents(atPath: head.path) else { return nil }
        return SavedHead(parsing: [UInt8](data))
    }

    /// The first `count` entries of a stream.
    /// - Throws: ``DerivedStateProblem`` if the file holds fewer, or cannot be read.
    func entries(of stream: String, count: Int) throws(DerivedStateProblem) -> [IndexedEvent] {
        guard count > 0 else { return [] }
        let bytes = try read(file(of: stream), from: 0, count: count * Self.streamRecordSize)
        return (0..<count).map { index in
            let base = index * Self.streamRecordSize
            return IndexedEvent(
                seq: Int(Self.integer(bytes, at: base, size: 8)), offset: Self.integer(bytes, at: base + 8, size: 8),
                length: Int(Self.integer(bytes, at: base + 16, size: 4)), stream: stream,
                hash: Array(bytes[(base + 20)..<(base + Self.streamRecordSize)]))
        }
    }

    /// Where the line of event `seq` is.
    /// - Throws: ``DerivedStateProblem`` if the file does not hold it.
    func line(ofSeq seq: Int) throws(DerivedStateProblem) -> (offset: UInt64, length: Int) {
        let bytes = try read(offsets, from: UInt64(seq * Self.offsetRecordSize), count: Self.offsetRecordSize)
        return (Self.integer(bytes, at: 0, size: 8), Int(Self.integer(bytes, at: 8, size: 4)))
    }

    /// The names of the streams with a file.
    func streamNames() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: streams.path)) ?? []
        return names.map { $0.replacingOccurrences(of: "+", with: "/") }.filter(Names.isStream)
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
