import Foundation
import Sodium

/// Reads single events from the log at the offsets the derived state gives, and believes an offset only
/// if the line found there is the event expected: its seq, stream and hash, its header hashing to that
/// hash and its payload to its digest.
enum LogLines {
    /// The event an entry points at.
    /// - Throws: ``DerivedStateProblem`` if the log holds something else there.
    static func read(_ entry: IndexedEvent, from log: FileHandle) throws(DerivedStateProblem) -> DecodedEvent {
        let event = try read(seq: entry.seq, offset: entry.offset, length: entry.length, from: log)
        guard event.header.stream == entry.stream, constantTimeEquals(event.hash, entry.hash) else {
            throw DerivedStateProblem("event \(entry.seq) is not the one the saved state names")
        }
        return event
    }

    /// The event at a known place, which must have seq `seq`.
    /// - Throws: ``DerivedStateProblem`` if the log holds something else there.
    static func read(seq: Int, offset: UInt64, length: Int, from log: FileHandle) throws(DerivedStateProblem) -> DecodedEvent {
        let bytes: [UInt8]
        do {
            try log.seek(toOffset: offset)
            bytes = [UInt8](try log.read(upToCount: length + 1) ?? Data())
        } catch {
            throw DerivedStateProblem("the log cannot be read at offset \(offset): \(error.localizedDescription)")
        }
        guard bytes.count == length + 1, bytes.last == 0x0A else { throw DerivedStateProblem("no line of \(length) bytes at offset \(offset)") }
        guard let event = try? DecodedEvent.decode(bytes.dropLast()), event.header.seq == seq,
              constantTimeEquals(event.hash, event.computedHash),
              constantTimeEquals(event.header.payloadDigest, event.computedPayloadDigest)
        else { throw DerivedStateProblem("the line at offset \(offset) is not event \(seq) as written") }
        return event
    }
}
