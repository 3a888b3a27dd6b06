import Foundation
import Ledger

/// Reads an `append --batch` input (a file, or standard input for `-`) a group of lines at a time, so that
/// memory follows one group whatever the length of the batch: each line is parsed into a draft as it is read,
/// and a line longer than ``lineLimit`` is refused without being read further.
struct BatchReader {
    /// One group of drafts, with the input line each came from.
    struct Group {
        /// The drafts, in input order.
        var drafts: [EventDraft] = []
        /// The 1-based input line number of each draft.
        var lines: [Int] = []
        /// The input bytes the group's lines hold.
        var bytes = 0
    }

    /// The most events in one group.
    static let maximumGroupSize = 10_000
    /// The events in one group unless `--group-size` says otherwise: past about 2 000 a larger group no
    /// longer appends faster, but needs more memory (see docs/PERFORMANCE.md, "Scale").
    static let defaultGroupSize = 2_000
    /// A group is closed early once its lines hold this many bytes, which bounds it in memory.
    static let groupByteLimit = 8 << 20
    /// The longest line: the largest payload with room for the user's white space, and the other members.
    static let lineLimit = InputFile.Kind.payload.limit + (64 << 10)

    private let handle: FileHandle
    private let name: String
    /// Lines before this 1-based number are read past, unparsed (`--from-line`).
    private let firstLine: Int
    /// Bytes read but not yet split into lines.
    private var buffer = [UInt8]()
    /// Where the next line starts in ``buffer``.
    private var start = 0
    /// How far ``buffer`` was searched for the next line end.
    private var searched = 0
    private var atEnd = false
    /// The number of the last line taken from the input.
    private(set) var lineNumber = 0

    /// Opens the input.
    /// - Parameters:
    ///   - path: A file, or `-` for standard input.
    ///   - firstLine: The 1-based number of the first line to append; earlier lines are skipped.
    /// - Throws: ``LedgerError/io(operation:path:reason:)`` if it cannot be opened.
    init(_ path: String, from firstLine: Int = 1) throws {
        name = path == "-" ? "standard input" : path
        self.firstLine = firstLine
        do {
            handle = path == "-" ? FileHandle.standardInput : try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        } catch {
            throw LedgerError.io(operation: "open", path: name, reason: "no such file, or not readable")
        }
    }

    /// The next group of at most `size` drafts (fewer if their lines reach ``groupByteLimit``), or `nil` at
    /// the end of the input. Blank lines are skipped but counted.
    /// - Throws: ``BatchLineError`` naming a line that is too long or not a valid batch line, or an I/O error.
    mutating func next(upTo size: Int) throws -> Group? {
        var group = Group()
        while group.drafts.count < size, group.bytes < Self.groupByteLimit, let line = try nextLine() {
            guard lineNumber >= firstLine, let draft = try DraftInput.batchLine(line, number: lineNumber) else { continue }
            group.drafts.append(draft)
            group.lines.append(lineNumber)
            group.bytes += line.count
        }
        return group.drafts.isEmpty ? nil : group
    }

    /// The next line without its line end, or `nil` at the end of the input.
    private mutating func nextLine() throws -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[searched...].firstIndex(of: 0x0A) {
                defer { (start, searched) = (newline + 1, newline + 1) }
                lineNumber += 1
                return buffer[start..<newline]
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                defer { (start, searched) = (buffer.count, buffer.count) }
                lineNumber += 1
                return buffer[start...]
            }
            guard buffer.count - start <= Self.lineLimit else {
                throw BatchLineError(
                    line: lineNumber + 1,
                    underlying: LedgerError.invalidInput(
                        "\(name) holds more than \(Self.lineLimit) bytes on this line, the most a batch line may have; nothing was read beyond that"))
            }
            searched = buffer.count
            try fill()
        }
    }

    /// Drops the lines already taken and reads the next chunk.
    private mutating func fill() throws {
        buffer.removeSubrange(..<start)
        searched -= start
        start = 0
        let next: Data?
        do {
            next = try handle.read(upToCount: InputFile.chunk)
        } catch {
            throw LedgerError.io(operation: "read", path: name, underlying: error)
        }
        guard let next, !next.isEmpty else {
            atEnd = true
            return
        }
        buffer.append(contentsOf: next)
    }
}
