/// Parses a request line and its header lines (``RequestReader`` finds them).
struct HeadParser {
    /// A parsed head: the request without its body, and how many body bytes follow.
    struct Head {
        /// The request, its body still empty.
        var request: HTTPRequest
        /// The body's length.
        var contentLength: Int
    }

    let limits: HTTPLimits

    /// The methods served.
    static let methods: Set<String> = ["GET", "HEAD", "POST"]

    /// Parses the head, or fails with the status to answer.
    func parse(line: ArraySlice<UInt8>, headers lines: [ArraySlice<UInt8>]) -> Result<Head, HTTPStatus> {
        let parts = line.split(separator: 0x20, omittingEmptySubsequences: false)
        guard parts.count == 3, let method = String(validating: parts[0], as: UTF8.self), !method.isEmpty,
              method.utf8.allSatisfy(Self.isTokenByte),
              let version = String(validating: parts[2], as: UTF8.self), version == "HTTP/1.1" || version == "HTTP/1.0"
        else { return .failure(.badRequest) }
        guard Self.methods.contains(method) else { return .failure(.methodNotAllowed) }
        guard let target = Self.target(parts[1]) else { return .failure(.badRequest) }
        var headers = [HTTPHeader]()
        for line in lines {
            guard let header = Self.header(line) else { return .failure(.badRequest) }
            headers.append(header)
        }
        let hosts = headers.filter { $0.name == "host" }
        guard hosts.count == 1 || (version == "HTTP/1.0" && hosts.isEmpty) else { return .failure(.badRequest) }
        guard !headers.contains(where: { $0.name == "transfer-encoding" }) else { return .failure(.badRequest) }
        let lengths = headers.filter { $0.name == "content-length" }
        guard lengths.count <= 1 else { return .failure(.badRequest) }
        var length = 0
        if let text = lengths.first?.value {
            guard !text.isEmpty, text.utf8.count <= 9, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(text) else {
                return .failure(text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) && !text.isEmpty ? .payloadTooLarge : .badRequest)
            }
            length = value
        }
        guard length <= limits.body else { return .failure(.payloadTooLarge) }
        guard method == "POST" || length == 0 else { return .failure(.badRequest) }
        let request = HTTPRequest(method: method, path: target.path, query: target.query, headers: headers)
        return .success(Head(request: request, contentLength: length))
    }

    /// An origin-form target: `/` then visible ASCII; the path percent-decoded, the query as form fields.
    static func target(_ bytes: ArraySlice<UInt8>) -> (path: String, query: FormData)? {
        guard bytes.first == UInt8(ascii: "/"), bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F }), !bytes.contains(UInt8(ascii: "#")) else { return nil }
        let parts = bytes.split(separator: UInt8(ascii: "?"), maxSplits: 1, omittingEmptySubsequences: false)
        guard let path = FormData.decode(parts[0], plusIsSpace: false),
              let query = parts.count > 1 ? FormData(urlEncoded: parts[1]) : FormData()
        else { return nil }
        guard !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        return (path, query)
    }

    /// One header line: a token name, a colon, optional white space, a value of visible characters, spaces and tabs.
    static func header(_ line: ArraySlice<UInt8>) -> HTTPHeader? {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex else { return nil }
        let name = line[line.startIndex..<colon]
        guard name.allSatisfy(isTokenByte) else { return nil }
        let value = line[(colon + 1)...].drop { $0 == 0x20 || $0 == 0x09 }
        var end = value.endIndex
        while end > value.startIndex, value[end - 1] == 0x20 || value[end - 1] == 0x09 { end -= 1 }
        let trimmed = value[value.startIndex..<end]
        guard !trimmed.contains(where: { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }),
              let nameText = String(validating: name, as: UTF8.self), let valueText = String(validating: trimmed, as: UTF8.self)
        else { return nil }
        return HTTPHeader(nameText, valueText)
    }

    /// Whether a byte may be part of a token (RFC 9110 `tchar`).
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}
