/// A request as the parser accepted it: method, path, query, headers (names in lower case, in order) and body.
public struct HTTPRequest: Sendable, Equatable {
    /// `GET`, `HEAD` or `POST`.
    public var method: String
    /// The path, percent-decoded, e.g. `/dossier/2026-014`.
    public var path: String
    /// The query's fields.
    public var query: FormData
    /// The header fields, names in lower case, in the order sent.
    public var headers: [HTTPHeader]
    /// The body (empty without `Content-Length`).
    public var body: [UInt8]

    /// Builds a request (the parser does; tests and page code may too).
    /// - Parameters:
    ///   - method: The method.
    ///   - path: The decoded path.
    ///   - query: The query's fields.
    ///   - headers: The header fields, names in lower case.
    ///   - body: The body.
    public init(method: String, path: String, query: FormData = FormData(), headers: [HTTPHeader], body: [UInt8] = []) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The value of the one header field of a name, or `nil` when it is missing.
    /// - Parameter name: The name in lower case.
    public func header(_ name: String) -> String? {
        headers.first { $0.name == name }?.value
    }

    /// The body as form fields, or `nil` when it is not `application/x-www-form-urlencoded` or does not decode.
    public var form: FormData? {
        guard method == "POST", let type = header("content-type")?.lowercased(),
              type.split(separator: ";").first?.trimmingCharacters(in: .whitespaces) == "application/x-www-form-urlencoded"
        else { return nil }
        return FormData(urlEncoded: body)
    }
}

/// One header field.
public struct HTTPHeader: Sendable, Equatable {
    /// The name, in lower case.
    public var name: String
    /// The value, without surrounding white space.
    public var value: String

    /// A header field.
    /// - Parameters:
    ///   - name: The name (kept in lower case).
    ///   - value: The value.
    public init(_ name: String, _ value: String) {
        self.name = name.lowercased()
        self.value = value
    }
}

import Foundation
