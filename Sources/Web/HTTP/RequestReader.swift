/// Reads one request from the bytes a client sends, strictly and within ``HTTPLimits``: a value fed chunk by chunk,
/// with no sockets, so that it can be tested and fuzzed alone. HTTP/1.1 (and 1.0), methods `GET`, `HEAD` and
/// `POST`, an origin-form target, CRLF line ends, one `Host`, at most one `Content-Length` of digits, no
/// `Transfer-Encoding`, no folded lines, header values without control characters. Anything else fails with the
/// status to answer.
public struct RequestReader: Sendable {
    /// What the bytes so far amount to.
    public enum Progress: Sendable, Equatable {
        /// More bytes are needed.
        case needMore
        /// The request is complete.
        case complete(HTTPRequest)
        /// The request breaks the subset: answer this status and close.
        case failed(HTTPStatus)
    }

    private let limits: HTTPLimits
    private var buffer: [UInt8] = []
    private var head: HTTPRequest?
    private var bodyLength = 0

    /// A reader for one request.
    /// - Parameter limits: The limits.
    public init(limits: HTTPLimits = HTTPLimits()) { self.limits = limits }

    /// Whether the request line and headers are in (the body's time-out then applies).
    public var hasHead: Bool { head != nil }

    /// Takes the next bytes.
    /// - Parameter bytes: What the client sent next.
    /// - Returns: Whether the request is complete, failed, or needs more.
    public mutating func feed(_ bytes: [UInt8]) -> Progress {
        let start = buffer.count
        buffer += bytes
        if head == nil {
            // Lines end in CRLF only; a bare LF fails at once, so the head is looked for only at a line's end.
            var sawLineEnd = false
            for index in start..<buffer.count where buffer[index] == 0x0A {
                guard index > 0, buffer[index - 1] == 0x0D else { return .failed(.badRequest) }
                sawLineEnd = true
            }
            guard sawLineEnd else {
                return buffer.count > limits.requestLine + limits.headerBytes ? .failed(.headersTooLarge) : .needMore
            }
            switch findHead() {
            case .failure(let status): return .failed(status)
            case .success(nil): return .needMore
            case .success(let request?): head = request
            }
        }
        guard var request = head else { return .needMore }
        if buffer.count > bodyLength { return .failed(.badRequest) }
        guard buffer.count == bodyLength else { return .needMore }
        request.body = buffer
        return .complete(request)
    }

    /// Looks for the end of the head; parses it once found, leaving the body's bytes in the buffer.
    private mutating func findHead() -> Result<HTTPRequest?, HTTPStatus> {
        guard let firstLineEnd = Self.lineEnd(in: buffer, from: 0) else {
            return buffer.count > limits.requestLine ? .failure(.badRequest) : .success(nil)
        }
        guard firstLineEnd + 2 <= limits.requestLine else { return .failure(.badRequest) }
        var lines = [ArraySlice<UInt8>]()
        var start = firstLineEnd + 2
        while true {
            guard let end = Self.lineEnd(in: buffer, from: start) else {
                return buffer.count - (firstLineEnd + 2) > limits.headerBytes ? .failure(.headersTooLarge) : .success(nil)
            }
            if end == start { break }
            lines.append(buffer[start..<end])
            guard lines.count <= limits.headerCount else { return .failure(.headersTooLarge) }
            start = end + 2
        }
        guard start + 2 - (firstLineEnd + 2) <= limits.headerBytes else { return .failure(.headersTooLarge) }
        let line = buffer[..<firstLineEnd]
        guard !([line] + lines).contains(where: { $0.contains(0x0A) || $0.contains(0x0D) }) else { return .failure(.badRequest) }
        let result = HeadParser(limits: limits).parse(line: line, headers: lines)
        guard case .success(let parsed) = result else { return result.map { _ in nil } }
        bodyLength = parsed.contentLength
        buffer = Array(buffer[(start + 2)...])
        return .success(parsed.request)
    }

    /// The index of the CR of the next CRLF at or after `start`, or `nil` (a bare CR or LF inside a line is refused
    /// once the line is complete).
    private static func lineEnd(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == 0x0D, bytes[index + 1] == 0x0A { return index }
            index += 1
        }
        return nil
    }
}
