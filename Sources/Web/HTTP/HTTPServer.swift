import Dispatch
import Foundation
import Sodium
import Synchronization

/// The server: accepts connections on a loopback address, reads one request from each within the time-outs and
/// limits (``RequestReader``), hands it to the handler, writes the answer and closes the connection. At most
/// ``HTTPLimits/connections`` are served at once; more are answered 503.
public final class HTTPServer: Sendable {
    /// The handler: a function from a request to a response.
    public typealias Handler = @Sendable (HTTPRequest) -> HTTPResponse

    private let listener: TCPListener
    private let limits: HTTPLimits
    private let handler: Handler
    private let open = Mutex(0)

    /// Binds to an address.
    /// - Parameters:
    ///   - address: An IPv4 address, e.g. `127.0.0.1`.
    ///   - port: The port (0: any free one).
    ///   - limits: The limits.
    ///   - handler: What answers each request.
    /// - Throws: ``SocketError`` if the address cannot be bound.
    public init(address: String, port: UInt16, limits: HTTPLimits = HTTPLimits(), handler: @escaping Handler) throws(SocketError) {
        listener = try TCPListener(address: address, port: port)
        self.limits = limits
        self.handler = handler
    }

    /// The port listened on.
    public var port: UInt16 { listener.port }

    /// Accepts connections until the process ends, each served on a thread of its own.
    public func run() -> Never {
        while true {
            guard let connection = try? listener.accept() else { continue }
            let admitted = open.withLock { count in
                guard count < limits.connections else { return false }
                count += 1
                return true
            }
            guard admitted else {
                try? connection.send(HTTPResponse.refusal(.unavailable).bytes())
                connection.close()
                continue
            }
            Thread.detachNewThread { [self] in
                serve(connection)
                open.withLock { $0 -= 1 }
            }
        }
    }

    /// Reads one request, answers it and closes the connection.
    private func serve(_ connection: TCPConnection) {
        defer { connection.close() }
        guard let (response, head) = read(connection) else { return }
        try? connection.send(response.bytes(forHead: head))
    }

    /// The answer to what the client sends: the handler's, or a refusal; `nil` for a connection on which nothing
    /// arrived (a browser's spare connection it never used, or closed): it is closed without an answer.
    private func read(_ connection: TCPConnection) -> (HTTPResponse, Bool)? {
        var reader = RequestReader(limits: limits)
        var received = 0
        let started = DispatchTime.now().uptimeNanoseconds
        while true {
            let allowed = reader.hasHead ? limits.headerSeconds + limits.bodySeconds : limits.headerSeconds
            let left = allowed - Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            guard left > 0, let bytes = try? connection.receive(upTo: 64 * 1_024, timeout: left) else {
                return received == 0 ? nil : (.refusal(.requestTimeout), false)
            }
            guard !bytes.isEmpty else { return received == 0 ? nil : (.refusal(.badRequest), false) }
            received += bytes.count
            switch reader.feed(bytes) {
            case .needMore: continue
            case .failed(let status): return (.refusal(status), false)
            case .complete(let request): return (handler(request), request.method == "HEAD")
            }
        }
    }
}
