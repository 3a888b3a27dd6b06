import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// A published log read over HTTP from a web server, CDN or object store (plain `http://`, or `https://`
/// as the system's libcurl supports it). A 404 or 410 is a resource the log does not publish; any other
/// failure is an error.
public final class HTTPTileStore: TileStore {
    /// The log's URL prefix, without a trailing slash.
    public let prefix: URL
    /// The bytes read so far (response bodies).
    public private(set) var bytesRead = 0
    /// Seconds to wait for one response.
    public var timeout: TimeInterval = 30
    private let session = URLSession(configuration: .ephemeral)

    /// A store at `prefix`.
    /// - Parameter prefix: The log's URL prefix.
    public init(prefix: URL) {
        self.prefix = prefix
    }

    /// The prefix as text.
    public var location: String { prefix.absoluteString }

    /// Fetches one resource with a GET request.
    /// - Parameter path: Its path relative to the prefix.
    /// - Returns: The resource, or `nil` on 404 or 410.
    /// - Throws: ``LedgerError/io(operation:path:reason:)`` for a network error or another status.
    public func read(_ path: String) throws(LedgerError) -> TileResource? {
        let url = prefix.appendingPathComponent(path)
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue("gzip, identity", forHTTPHeaderField: "Accept-Encoding")
        let (data, response) = try fetch(request)
        switch response.statusCode {
        case 200:
            bytesRead += data.count
            let modified = (response.value(forHTTPHeaderField: "Last-Modified")).flatMap(Self.httpDate)
            return TileResource(bytes: [UInt8](data), lastModified: modified)
        case 404, 410:
            return nil
        default:
            throw .io(operation: "fetch", path: url.absoluteString, reason: "the server answered \(response.statusCode)")
        }
    }

    private func fetch(_ request: URLRequest) throws(LedgerError) -> (Data, HTTPURLResponse) {
        let outcome = Mutex<Result<(Data, HTTPURLResponse), LedgerError>?>(nil)
        let done = DispatchSemaphore(value: 0)
        let path = request.url?.absoluteString ?? location
        session.dataTask(with: request) { data, response, error in
            let result: Result<(Data, HTTPURLResponse), LedgerError> =
                if let http = response as? HTTPURLResponse, error == nil { .success((data ?? Data(), http)) }
                else { .failure(.io(operation: "fetch", path: path, reason: error?.localizedDescription ?? "no HTTP response")) }
            outcome.withLock { $0 = result }
            done.signal()
        }.resume()
        done.wait()
        guard let result = outcome.withLock({ $0 }) else { throw .io(operation: "fetch", path: path, reason: "no response") }
        return try result.get()
    }

    /// Reads an HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`).
    static func httpDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text)
    }
}
