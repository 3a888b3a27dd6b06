/// Errors from the loopback sockets (``TCPListener``, ``TCPConnection``), each with a stable ``code``.
public enum SocketError: Error, Equatable, Sendable {
    /// The address is not an IPv4 address in dotted form.
    case badAddress(String)
    /// A system call failed.
    /// - Parameters:
    ///   - call: The call, such as `"bind"`.
    ///   - errno: The error number it set.
    case failed(call: String, errno: Int32)
    /// Nothing arrived before the time-out.
    case timedOut

    /// A stable, machine-readable identifier for the error.
    public var code: String {
        switch self {
        case .badAddress: "bad-address"
        case .failed: "socket-failed"
        case .timedOut: "timed-out"
        }
    }

    /// A sentence describing the error for people.
    public var message: String {
        switch self {
        case .badAddress(let text): "'\(text)' is not an IPv4 address such as 127.0.0.1"
        case let .failed(call, number): "\(call) failed: \(String(cString: strerror(number)))"
        case .timedOut: "the client sent nothing in time"
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
