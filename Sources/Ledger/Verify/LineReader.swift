import Foundation

/// Reads `log.jsonl` line by line in fixed-size blocks, so memory stays bounded whatever the log's length.
struct LineReader {
    /// What the reader found next.
    enum Item {
        /// A complete line, without its newline: a slice of the block it was read in (no copy).
        case line(ArraySlice<UInt8>)
        /// Bytes after the last newline at the end of the file: a write that was cut off.
        case tornTail(byteCount: Int)
        /// A line longer than the limit; reading stops there.
        case tooLong
    }

    /// The longest line accepted (an event with a large payload stays far below it).
    static let maximumLineLength = 4 << 20
    private static let blockSize = 1 << 20

    private let readBlock: (Int) throws -> Data?
    private var buffer: [UInt8] = []
    private var position = 0
    private var reachedEnd = false
    /// The file offset of `buffer[0]`.
    private var bufferOffset: UInt64
    /// The file offset of the first byte of the last line returned.
    private(set) var lastLineOffset: UInt64 = 0

    /// Starts reading at the handle's current offset.
    /// - Parameters:
    ///   - handle: An open file handle.
    ///   - offset: The handle's current offset, so that lines can be told where they start.
    init(handle: FileHandle, at offset: UInt64 = 0) {
        self.init(at: offset) { try handle.read(upToCount: $0) }
    }

    /// Reads the blocks `readBlock` hands out (at most the count asked for; `nil` or empty at the end),
    /// such as the line bundles of a published log.
    /// - Parameters:
    ///   - offset: The offset of the first byte, so that lines can be told where they start.
    ///   - readBlock: Returns the next bytes.
    init(at offset: UInt64 = 0, readBlock: @escaping (Int) throws -> Data?) {
        self.readBlock = readBlock
        bufferOffset = offset
    }

    /// The next line, the torn tail, or `nil` at the end.
    /// - Throws: ``LedgerError/io(operation:path:reason:)`` if reading fails.
    mutating func next() throws(LedgerError) -> Item? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                let line = buffer[position..<newline]
                lastLineOffset = bufferOffset + UInt64(position)
                position = newline + 1
                return line.count > Self.maximumLineLength ? .tooLong : .line(line)
            }
            let pending = buffer.count - position
            if pending > Self.maximumLineLength { return .tooLong }
            if reachedEnd {
                position = buffer.count
                return pending > 0 ? .tornTail(byteCount: pending) : nil
            }
            try refill()
        }
    }

    /// Reads the next block into a new buffer that starts with the unfinished line, so the slices handed
    /// out before stay valid and are never copied.
    private mutating func refill() throws(LedgerError) {
        do {
            guard let data = try readBlock(Self.blockSize), !data.isEmpty else {
                reachedEnd = true
                return
            }
            var next = [UInt8]()
            next.reserveCapacity(buffer.count - position + data.count)
            next.append(contentsOf: buffer[position...])
            next.append(contentsOf: data)
            bufferOffset += UInt64(position)
            buffer = next
            position = 0
        } catch let error as LedgerError {
            throw error
        } catch {
            throw LedgerError.io(operation: "read", path: "log.jsonl", underlying: error)
        }
    }
}
