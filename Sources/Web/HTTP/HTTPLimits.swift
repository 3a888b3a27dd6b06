/// Every limit of the HTTP/1.1 subset in one place: a request that passes one is answered 400, 413 or 431 and its
/// connection closed; a client too slow is answered 408.
public struct HTTPLimits: Sendable {
    /// The longest request line, in bytes, its CRLF included.
    public var requestLine = 8 * 1_024
    /// The most bytes of header lines (after the request line), the blank line included.
    public var headerBytes = 16 * 1_024
    /// The most header lines.
    public var headerCount = 100
    /// The largest body (`application/x-www-form-urlencoded`).
    public var body = 1_024 * 1_024
    /// Seconds a client has to send the request line and headers.
    public var headerSeconds = 10.0
    /// Seconds a client has to send the body, once the headers are in.
    public var bodySeconds = 30.0
    /// The most connections served at once; more are answered 503 and closed.
    public var connections = 32

    /// The limits of the issue: 8 KiB request line, 16 KiB and 100 headers, 1 MiB body, 10 s and 30 s.
    public init() {}
}
