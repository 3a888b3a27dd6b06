import Testing
@testable import Web

/// The HTTP/1.1 subset: what it takes, and the status of everything it refuses.
@Suite("HTTP request reader")
struct RequestReaderTests {
    static func read(_ text: String, limits: HTTPLimits = HTTPLimits(), chunk: Int? = nil) -> RequestReader.Progress {
        read(Array(text.utf8), limits: limits, chunk: chunk)
    }

    static func read(_ bytes: [UInt8], limits: HTTPLimits = HTTPLimits(), chunk: Int? = nil) -> RequestReader.Progress {
        var reader = RequestReader(limits: limits)
        var progress = RequestReader.Progress.needMore
        var offset = 0
        repeat {
            let end = min(bytes.count, offset + (chunk ?? max(bytes.count, 1)))
            progress = reader.feed(Array(bytes[offset..<end]))
            offset = end
        } while progress == .needMore && offset < bytes.count
        return progress
    }

    @Test("A GET with a query and a POST with a form are read, byte by byte as whole")
    func accepted() throws {
        for chunk in [nil, 1, 7] {
            guard case .complete(let get) = Self.read("GET /dossier/2026-014?as=12&x=a+b%21 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nAccept:  text/html \r\n\r\n", chunk: chunk) else {
                Issue.record("GET not read")
                return
            }
            #expect(get.method == "GET" && get.path == "/dossier/2026-014" && get.query["x"] == "a b!" && get.header("accept") == "text/html")
            let body = "naam=Sara+de+Boer&tekst=%22Papa%22+%C3%A9"
            let post = Self.read("POST /vastleggen HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)", chunk: chunk)
            guard case .complete(let request) = post else {
                Issue.record("POST not read: \(post)")
                return
            }
            #expect(request.form?["naam"] == "Sara de Boer" && request.form?["tekst"] == "\"Papa\" é")
        }
    }

    @Test("A request that breaks the subset gets its status", arguments: [
        ("GET / HTTP/1.1\r\n\r\n", HTTPStatus.badRequest),                                  // no Host
        ("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", .badRequest),                        // two Hosts
        ("GET / HTTP/2.0\r\nHost: a\r\n\r\n", .badRequest),
        ("GET  / HTTP/1.1\r\nHost: a\r\n\r\n", .badRequest),
        ("GET http://a/ HTTP/1.1\r\nHost: a\r\n\r\n", .badRequest),                            // absolute form
        ("DELETE / HTTP/1.1\r\nHost: a\r\n\r\n", .methodNotAllowed),
        ("GET / HTTP/1.1\nHost: a\n\n", .badRequest),                                          // bare LF
        ("GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n", .badRequest),
        ("GET / HTTP/1.1\r\nHost : a\r\n\r\n", .badRequest),
        ("GET / HTTP/1.1\r\nHost: a\u{1}b\r\n\r\n", .badRequest),
        ("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n", .badRequest),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx", .badRequest),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n", .badRequest),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1048577\r\n\r\n", .payloadTooLarge),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999\r\n\r\n", .payloadTooLarge),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\n\r\nxy", .badRequest),              // more than announced
        ("GET /%zz HTTP/1.1\r\nHost: a\r\n\r\n", .badRequest),
        ("GET /%00 HTTP/1.1\r\nHost: a\r\n\r\n", .badRequest),
        ("GET /?a=%ff HTTP/1.1\r\nHost: a\r\n\r\n", .badRequest),                               // not UTF-8
    ])
    func refused(_ text: String, _ status: HTTPStatus) {
        #expect(Self.read(text) == .failed(status))
    }

    @Test("The limits: request line over 8 KiB is 400; headers over 16 KiB or 100 lines are 431; a body of 1 MiB is taken")
    func limits() {
        let long = "GET /" + String(repeating: "a", count: 8 * 1_024) + " HTTP/1.1\r\nHost: a\r\n\r\n"
        #expect(Self.read(long) == .failed(.badRequest))
        let bigHeaders = "GET / HTTP/1.1\r\nHost: a\r\nX: " + String(repeating: "b", count: 16 * 1_024) + "\r\n\r\n"
        #expect(Self.read(bigHeaders) == .failed(.headersTooLarge))
        let many = "GET / HTTP/1.1\r\nHost: a\r\n" + String(repeating: "X: y\r\n", count: 100) + "\r\n"
        #expect(Self.read(many) == .failed(.headersTooLarge))
        let enough = "GET / HTTP/1.1\r\nHost: a\r\n" + String(repeating: "X: y\r\n", count: 99) + "\r\n"
        guard case .complete = Self.read(enough) else {
            Issue.record("99 headers and Host refused")
            return
        }
        let body = [UInt8](repeating: UInt8(ascii: "a"), count: 1_024 * 1_024)
        let head = Array("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: \(body.count)\r\n\r\n".utf8)
        guard case .complete(let request) = Self.read(head + body, chunk: 65_536) else {
            Issue.record("1 MiB body refused")
            return
        }
        #expect(request.body.count == body.count)
        #expect(Self.read("GET / HTTP/1.1\r\nHost: a\r\n") == .needMore)
    }

    @Test("A response is a status line, headers, content-length, connection: close and the body (none for HEAD)")
    func response() {
        let page = HTTPResponse.page("<p>hoi</p>")
        let text = String(decoding: page.bytes(), as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 200 OK\r\n") && text.contains("content-length: 10\r\nconnection: close\r\n\r\n<p>hoi</p>"))
        #expect(String(decoding: page.bytes(forHead: true), as: UTF8.self).hasSuffix("\r\n\r\n"))
        #expect(FormData.encode("a b/é") == "a%20b%2F%C3%A9" && FormData(urlEncoded: Array("a=%C3%A9&a=2".utf8))?.values("a") == ["é", "2"])
    }
}
