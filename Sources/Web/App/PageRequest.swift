import Sodium

/// A request as the pages see it: the parsed request, whether the proxy says it came over TLS, its cookies, and the
/// signed-in person it belongs to, if any.
struct PageRequest {
    /// The request.
    let http: HTTPRequest
    /// Whether the reverse proxy says the request came over TLS (`X-Forwarded-Proto: https`).
    let secure: Bool
    /// The signed-in person, if the session cookie names a live sign-in.
    var signedIn: SignedIn?

    /// The session cookie's name: `__Host-logboek` over TLS (so it is bound to this host and path), else `logboek`.
    var sessionCookie: String { secure ? "__Host-logboek" : "logboek" }
    /// The sign-in form's cookie (its CSRF token before anyone is signed in).
    var signInCookie: String { secure ? "__Host-logboek-aanmelden" : "logboek-aanmelden" }

    /// The value of a cookie the request carries.
    func cookie(_ name: String) -> String? {
        for header in http.headers where header.name == "cookie" {
            for pair in header.value.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).utf8.elementsEqual(name.utf8) {
                    return String(parts[1]).trimmingCharacters(in: .whitespaces)
                }
            }
        }
        return nil
    }

    /// A `Set-Cookie` value: HttpOnly, SameSite=Strict, path `/`, Secure over TLS; `nil` clears it.
    func setCookie(_ name: String, _ value: String?) -> HTTPHeader {
        let secure = secure ? "; Secure" : ""
        let age = value == nil ? "; Max-Age=0" : ""
        return HTTPHeader("set-cookie", "\(name)=\(value ?? ""); Path=/; HttpOnly; SameSite=Strict\(secure)\(age)")
    }

    /// Whether a form carries the expected token (compared in constant time).
    static func tokenMatches(_ given: String?, _ expected: String) -> Bool {
        guard let given, given.utf8.count == expected.utf8.count else { return false }
        return constantTimeEquals(Array(given.utf8), Array(expected.utf8))
    }
}

import Foundation
