#if canImport(Glibc)
import Glibc
#endif

/// One accepted TCP connection: receive with a time-out (`poll`, `recv`), send all (`send` with `MSG_NOSIGNAL`,
/// so a client that went away raises no signal), close. Closed once, by its owner, with ``close()``.
public struct TCPConnection: Sendable {
    /// The connection's file descriptor.
    let descriptor: Int32

    /// Receives what the client sent next, waiting at most `timeout` seconds.
    /// - Parameters:
    ///   - limit: The most bytes to take at once.
    ///   - timeout: Seconds to wait (at least a millisecond).
    /// - Returns: The bytes; empty when the client closed its side.
    /// - Throws: ``SocketError/timedOut`` or ``SocketError/failed(call:errno:)``.
    public func receive(upTo limit: Int, timeout: Double) throws(SocketError) -> [UInt8] {
        precondition(limit > 0, "receive at least one byte")
        var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&waiting, 1, Int32(max(1, min(timeout, 3_600) * 1_000)))
        guard ready >= 0 else { throw .failed(call: "poll", errno: errno) }
        guard ready > 0 else { throw .timedOut }
        var buffer = [UInt8](repeating: 0, count: limit)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, limit, 0) }
        guard count >= 0 else { throw .failed(call: "recv", errno: errno) }
        return Array(buffer.prefix(count))
    }

    /// Sends every byte, or throws.
    /// - Parameter bytes: The bytes.
    /// - Throws: ``SocketError/failed(call:errno:)`` when the client went away.
    public func send(_ bytes: [UInt8]) throws(SocketError) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { buffer in
                Glibc.send(descriptor, buffer.baseAddress.map { $0 + offset }, bytes.count - offset, Int32(MSG_NOSIGNAL))
            }
            guard sent > 0 else { throw .failed(call: "send", errno: errno) }
            offset += sent
        }
    }

    /// Ends the connection (`shutdown` of the sending side, then `close`).
    public func close() {
        shutdown(descriptor, Int32(SHUT_WR))
        _ = Glibc.close(descriptor)
    }
}
