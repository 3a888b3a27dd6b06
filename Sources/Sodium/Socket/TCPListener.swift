#if canImport(Glibc)
import Glibc
#endif

/// A listening TCP socket on an IPv4 address (`socket`, `bind`, `listen`, `accept`): the thin wrapper the web
/// application's server stands on, kept here because this is the one target with pointer code.
public final class TCPListener: Sendable {
    /// The listening socket's file descriptor.
    let descriptor: Int32
    /// The port it listens on (the one the system chose when port 0 was asked).
    public let port: UInt16

    /// Binds and listens.
    /// - Parameters:
    ///   - address: An IPv4 address in dotted form, e.g. `127.0.0.1`.
    ///   - port: The port (0: any free port).
    ///   - backlog: The length of the queue of connections not yet accepted.
    /// - Throws: ``SocketError/badAddress(_:)`` or ``SocketError/failed(call:errno:)``.
    public init(address: String, port: UInt16, backlog: Int32 = 64) throws(SocketError) {
        var socketAddress = sockaddr_in()
        socketAddress.sin_family = sa_family_t(AF_INET)
        socketAddress.sin_port = port.bigEndian
        guard inet_pton(AF_INET, address, &socketAddress.sin_addr) == 1 else { throw .badAddress(address) }
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw .failed(call: "socket", errno: errno) }
        var one: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &socketAddress) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, backlog) == 0 else {
            let number = errno
            close(descriptor)
            throw .failed(call: "bind", errno: number)
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        self.descriptor = descriptor
        self.port = UInt16(bigEndian: actual.sin_port)
    }

    /// Waits for the next connection.
    /// - Returns: The connection.
    /// - Throws: ``SocketError/failed(call:errno:)`` (the caller may try again).
    public func accept() throws(SocketError) -> TCPConnection {
        let client = Glibc.accept(descriptor, nil, nil)
        guard client >= 0 else { throw .failed(call: "accept", errno: errno) }
        _ = fcntl(client, F_SETFD, FD_CLOEXEC)
        return TCPConnection(descriptor: client)
    }

    deinit { close(descriptor) }
}
