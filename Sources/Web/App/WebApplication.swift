import Foundation
import Ledger
import Synchronization

/// `logboek serve`'s application: a function from a request to a response. Around every page: the `Host` checked
/// against the configured names (DNS rebinding), a form's `Origin` checked against the host, the security headers
/// (Content-Security-Policy, `Cache-Control: no-store`) added; inside, one lock over the sign-ins, under which each
/// request is routed and answered in turn.
public final class WebApplication: Sendable {
    private let state: Mutex<WebState>
    private let hosts: Set<String>

    /// An application on a logbook.
    /// - Parameters:
    ///   - configuration: The logbook, the host names and the sign-in times.
    ///   - clock: Where times come from.
    public init(configuration: WebConfiguration, clock: any WallClock = SystemClock()) {
        state = Mutex(WebState(configuration: configuration, clock: clock))
        hosts = configuration.hosts
    }

    /// The Content-Security-Policy of every page: nothing but the site's own stylesheet and images, forms only to the
    /// site, never in a frame.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'"

    /// Answers one request.
    /// - Parameter request: The request.
    /// - Returns: The response, with the security headers.
    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        var response = guarded(request)
        let fixed = [
            HTTPHeader("cache-control", "no-store"), HTTPHeader("x-content-type-options", "nosniff"),
            HTTPHeader("referrer-policy", "same-origin"), HTTPHeader("x-frame-options", "DENY"),
        ]
        if response.header("content-security-policy") == nil {
            response.headers.append(HTTPHeader("content-security-policy", Self.contentSecurityPolicy))
        }
        response.headers += fixed
        return response
    }

    /// Ends the sign-ins that were idle or open too long (the server calls this every few seconds, so keys are wiped
    /// on time even when nobody asks for a page).
    public func sweep() { state.withLock { $0.sweep() } }

    /// How many people are signed in.
    public var signedInCount: Int { state.withLock { $0.sessions.count } }

    private func guarded(_ request: HTTPRequest) -> HTTPResponse {
        guard let host = request.header("host"), hosts.contains(host.lowercased()) else {
            return ErrorPage.response(.badRequest, "Onbekend adres", "Deze server beantwoordt alleen verzoeken aan zijn eigen adres.")
        }
        let secure = request.header("x-forwarded-proto")?.lowercased() == "https"
        if request.method == "POST" {
            let expected = (secure ? "https://" : "http://") + host.lowercased()
            let origin = request.header("origin")?.lowercased()
            let referer = request.header("referer")?.lowercased()
            guard origin == expected || (origin == nil && (referer == expected || referer?.hasPrefix(expected + "/") == true)) else {
                return ErrorPage.response(.forbidden, "Geweigerd", "Dit formulier komt niet van deze site en is niet verwerkt.")
            }
        }
        return state.withLock { state in
            state.sweep()
            var page = PageRequest(http: request, secure: secure, signedIn: nil)
            if let cookie = page.cookie(page.sessionCookie), let signedIn = state.sessions[WebState.key(ofCookie: cookie)] {
                signedIn.lastSeen = state.now
                page.signedIn = signedIn
            }
            return Routes.answer(page, &state)
        }
    }
}
