/// A response: status, header fields and body, written with `Content-Length` and `Connection: close`.
public struct HTTPResponse: Sendable, Equatable {
    /// The status.
    public var status: HTTPStatus
    /// The header fields (besides `Content-Length` and `Connection`, which ``bytes(forHead:)`` adds).
    public var headers: [HTTPHeader]
    /// The body.
    public var body: [UInt8]

    /// A response.
    /// - Parameters:
    ///   - status: The status.
    ///   - headers: The header fields.
    ///   - body: The body.
    public init(status: HTTPStatus, headers: [HTTPHeader] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// An HTML page.
    /// - Parameters:
    ///   - html: The document.
    ///   - status: The status (default 200).
    public static func page(_ html: String, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, headers: [HTTPHeader("content-type", "text/html; charset=utf-8")], body: Array(html.utf8))
    }

    /// A redirect to a path on this site, after a form was handled (303: the browser then asks with GET).
    /// - Parameter location: The path.
    public static func seeOther(_ location: String) -> HTTPResponse {
        HTTPResponse(status: .seeOther, headers: [HTTPHeader("location", location)])
    }

    /// A plain-text answer for a request that broke the rules of the subset (before any page is involved).
    /// - Parameter status: The status.
    public static func refusal(_ status: HTTPStatus) -> HTTPResponse {
        HTTPResponse(status: status, headers: [HTTPHeader("content-type", "text/plain; charset=utf-8")], body: Array("\(status.rawValue) \(status.reason)\n".utf8))
    }

    /// The value of the first header field of a name.
    /// - Parameter name: The name in lower case.
    public func header(_ name: String) -> String? { headers.first { $0.name == name }?.value }

    /// The response as sent: status line, header fields, `Content-Length`, `Connection: close`, a blank line and the
    /// body (left out in answer to `HEAD`).
    /// - Parameter head: Whether the request was `HEAD`.
    public func bytes(forHead head: Bool = false) -> [UInt8] {
        var text = "HTTP/1.1 \(status.rawValue) \(status.reason)\r\n"
        for header in headers { text += "\(header.name): \(header.value)\r\n" }
        text += "content-length: \(body.count)\r\nconnection: close\r\n\r\n"
        return Array(text.utf8) + (head ? [] : body)
    }
}
