import Foundation
import Sodium

/// Reads the lines of a run of events from the log, starting at a known offset, and checks each
/// against the tree: its seq and its hash (the leaf the tiles hold), recomputed from its header.
struct LogSegment {
    /// One event's line and entry.
    struct Line {
        /// The stored line, with its newline.
        let line: [UInt8]
        /// The canonical header bytes, whose RFC 6962 leaf hash is the event hash.
        let entry: [UInt8]
    }

    /// Reads `count` lines from `offset`, the first of which must be event `firstSeq`.
    /// - Parameters:
    ///   - log: The log file.
    ///   - offset: Where event `firstSeq` starts.
    ///   - firstSeq: The first event's seq.
    ///   - count: How many events.
    ///   - source: The tree they must match.
    /// - Returns: The lines, in order.
    /// - Throws: ``LedgerError/damagedLog(_:)`` if a line is not the event the tree holds there, or an I/O error.
    static func read(
        _ log: URL, offset: UInt64, firstSeq: Int, count: Int, matching source: some SubtreeSource
    ) throws(LedgerError) -> [Line] {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: log)
            try handle.seek(toOffset: offset)
        } catch {
            throw .io(operation: "read", path: log.path, underlying: error)
        }
        defer { try? handle.close() }
        var reader = LineReader(handle: handle, at: offset)
        var lines = [Line]()
        while lines.count < count {
            let seq = firstSeq + lines.count
            guard let item = try reader.next(), case .line(let bytes) = item else {
                throw .damagedLog(VerifyFailure(seq: seq, line: seq + 1, code: .tornTail, message: "the log ends before event \(seq)"))
            }
            lines.append(try check(bytes, seq: seq, source: source))
        }
        return lines
    }

    private static func check(_ bytes: ArraySlice<UInt8>, seq: Int, source: some SubtreeSource) throws(LedgerError) -> Line {
        let decoded: DecodedEvent
        do {
            decoded = try DecodedEvent.decode(bytes)
        } catch {
            throw .damagedLog(error.at(seq: seq, line: seq + 1))
        }
        let entry = decoded.header.canonicalBytes
        guard decoded.header.seq == seq, constantTimeEquals(decoded.computedHash, try source.subtree(level: 0, index: seq)) else {
            throw .damagedLog(VerifyFailure(seq: seq, line: seq + 1, code: .hashMismatch, message: "the line is not the event the hash index holds at seq \(seq)"))
        }
        guard entry.count <= Int(UInt16.max) else {
            throw .invalidInput("the header of event \(seq) is \(entry.count) bytes, more than an entry bundle's 65 535")
        }
        return Line(line: Array(bytes) + [0x0A], entry: entry)
    }
}
