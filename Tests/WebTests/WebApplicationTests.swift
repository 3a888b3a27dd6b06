import Foundation
import Ledger
import Sodium
import Synchronization
import Testing
@testable import Web

/// A clock the tests move forward.
final class MovingClock: WallClock {
    private let moment = Mutex(Timestamp(millisecondsSinceEpoch: 1_795_000_000_000))
    func now() -> Timestamp { moment.withLock { $0 } }
    func advance(seconds: Int64) { moment.withLock { $0 = Timestamp(millisecondsSinceEpoch: $0.millisecondsSinceEpoch + seconds * 1_000) } }
}

/// The application around its pages: Host, Origin, CSRF, sign-in, the throttle, the time-outs and the headers, on a
/// logbook with one administrator (no server: requests are values).
@Suite("Web application")
struct WebApplicationTests {
    static let host = "127.0.0.1:8080"
    let clock = MovingClock()
    let application: WebApplication

    init() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("web-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let layout = LogbookLayout(directory: folder)
        let key = Ed25519SigningKey(), box = X25519SecretKey()
        let admin = try ActorProfile(
            id: "dir.jansen", name: "M. Jansen", roles: [.directeur], isAdministrator: true, qualifications: [], publicKey: key.publicKey,
            encryptionKey: box.publicKey)
        _ = try LogWriter.create(at: layout, organisation: "De Klimtoren", administrator: admin, signingKey: key, recoveryKey: X25519SecretKey().publicKey)
        try KeyStore(layout: layout).store(key, encryptionKey: box, for: "dir.jansen", passphrase: try SecretBytes(copying: "directeur-geheim"))
        var configuration = WebConfiguration(layout: layout, hosts: [Self.host])
        configuration.idleSeconds = 60
        application = WebApplication(configuration: configuration, clock: clock)
    }

    func get(_ path: String, cookie: String? = nil, host: String = host, headers: [HTTPHeader] = []) -> HTTPResponse {
        application.handle(HTTPRequest(method: "GET", path: path, headers: [HTTPHeader("host", host)] + (cookie.map { [HTTPHeader("cookie", $0)] } ?? []) + headers))
    }

    func post(_ path: String, _ form: [(String, String)], cookie: String?, origin: String? = "http://\(host)", headers: [HTTPHeader] = []) -> HTTPResponse {
        var all = [HTTPHeader("host", Self.host), HTTPHeader("content-type", "application/x-www-form-urlencoded")] + headers
        if let origin { all.append(HTTPHeader("origin", origin)) }
        if let cookie { all.append(HTTPHeader("cookie", cookie)) }
        return application.handle(HTTPRequest(method: "POST", path: path, headers: all, body: Array(FormData(form).encoded.utf8)))
    }

    static func cookie(_ response: HTTPResponse, _ name: String) -> String? {
        response.headers.filter { $0.name == "set-cookie" }.compactMap { header -> String? in
            guard header.value.hasPrefix(name + "="), let end = header.value.firstIndex(of: ";") else { return nil }
            return String(header.value[header.value.index(header.value.startIndex, offsetBy: name.count + 1)..<end])
        }.first
    }

    static func text(_ response: HTTPResponse) -> String { String(decoding: response.body, as: UTF8.self) }

    /// Signs in and returns the session cookie and the form token.
    func signIn(_ actor: String = "dir.jansen", passphrase: String = "directeur-geheim") -> (HTTPResponse, cookie: String?) {
        let form = get("/aanmelden")
        let token = Self.cookie(form, "logboek-aanmelden") ?? ""
        let response = post("/aanmelden", [("csrf", token), ("actor", actor), ("wachtwoordzin", passphrase)], cookie: "logboek-aanmelden=\(token)")
        return (response, Self.cookie(response, "logboek").map { "logboek=\($0)" })
    }

    func formToken(_ cookie: String) -> String {
        let page = Self.text(get("/beheer", cookie: cookie))
        guard let range = page.range(of: "name=\"csrf\" value=\"") else { return "" }
        return String(page[range.upperBound...].prefix(64))
    }

    @Test("Every answer carries the Content-Security-Policy and no-store; a foreign Host is refused (DNS rebinding)")
    func headersAndHost() {
        let page = get("/aanmelden")
        #expect(page.status == .ok && page.header("content-security-policy") == WebApplication.contentSecurityPolicy)
        #expect(page.header("cache-control") == "no-store" && page.header("x-frame-options") == "DENY")
        #expect(page.headers.contains { $0.name == "set-cookie" && $0.value.contains("HttpOnly; SameSite=Strict") && !$0.value.contains("Secure") })
        let rebound = get("/aanmelden", host: "evil.example:8080")
        #expect(rebound.status == .badRequest && Self.text(rebound).contains("Onbekend adres"))
        let secure = get("/aanmelden", headers: [HTTPHeader("x-forwarded-proto", "https")])
        #expect(secure.headers.contains { $0.name == "set-cookie" && $0.value.hasPrefix("__Host-logboek-aanmelden=") && $0.value.contains("; Secure") })
        #expect(get("/overzicht").header("location") == "/aanmelden?reden=verlopen")
    }

    @Test("A sign-in needs the form's own token and the right passphrase; after three failures the next waits (429)")
    func signInAndThrottle() {
        let form = get("/aanmelden")
        let token = Self.cookie(form, "logboek-aanmelden") ?? ""
        let forged = post("/aanmelden", [("csrf", String(repeating: "0", count: 64)), ("actor", "dir.jansen"), ("wachtwoordzin", "directeur-geheim")],
                          cookie: "logboek-aanmelden=\(token)")
        #expect(forged.status == .forbidden)
        for _ in 0..<3 { #expect(signIn(passphrase: "fout").0.status == .forbidden) }
        let slowed = signIn()
        #expect(slowed.0.status == .tooManyRequests && Self.text(slowed.0).contains("Te veel mislukte pogingen"))
        clock.advance(seconds: 3)
        let (response, cookie) = signIn()
        #expect(response.status == .seeOther && response.header("location") == "/overzicht" && cookie != nil)
        #expect(application.signedInCount == 1)
    }

    @Test("A signed-in form needs its token and this site's Origin; signing out drops the sign-in")
    func csrfOriginAndSignOut() throws {
        let cookie = try #require(signIn().cookie)
        let token = formToken(cookie)
        #expect(token.count == 64)
        #expect(post("/beheer/controlepunt", [("csrf", String(repeating: "a", count: 64))], cookie: cookie).status == .forbidden)
        #expect(post("/beheer/controlepunt", [("csrf", token)], cookie: cookie, origin: "http://evil.example").status == .forbidden)
        #expect(post("/beheer/controlepunt", [("csrf", token)], cookie: cookie, origin: nil).status == .forbidden)
        let signed = post("/beheer/controlepunt", [("csrf", token)], cookie: cookie)
        #expect(signed.status == .ok && Self.text(signed).contains("Controlepunt gezet over"))
        let out = post("/afmelden", [("csrf", token)], cookie: cookie)
        #expect(out.status == .seeOther && application.signedInCount == 0)
        #expect(get("/beheer", cookie: cookie).header("location") == "/aanmelden?reden=verlopen")
    }

    @Test("A sign-in ends after the idle time without a request, and after eight hours however busy")
    func timeOuts() throws {
        let cookie = try #require(signIn().cookie)
        clock.advance(seconds: 50)
        #expect(get("/beheer", cookie: cookie).status == .ok)
        clock.advance(seconds: 61)
        application.sweep()
        #expect(application.signedInCount == 0)
        let busy = try #require(signIn().cookie)
        for _ in 0..<(8 * 60) {
            clock.advance(seconds: 59)
            _ = get("/stijl.css", cookie: busy)
        }
        #expect(application.signedInCount == 1)
        for _ in 0..<10 {
            clock.advance(seconds: 59)
            _ = get("/stijl.css", cookie: busy)
        }
        #expect(get("/beheer", cookie: busy).status == .seeOther && application.signedInCount == 0)
    }

    @Test("An administrator enrols a member of staff, who signs in; revoking them ends their sign-in and refuses the next")
    func staff() throws {
        let admin = try #require(signIn().cookie)
        let token = formToken(admin)
        let short = post("/beheer/medewerker", [("csrf", token), ("id", "lk.smit"), ("naam", "P. Smit"), ("functie", "leerkracht"),
                                                ("wachtwoordzin", "kort"), ("herhaal", "kort")], cookie: admin)
        #expect(Self.text(short).contains("ten minste 8 tekens"))
        let added = post("/beheer/medewerker", [("csrf", token), ("id", "lk.smit"), ("naam", "P. Smit"), ("functie", "leerkracht"),
                                                ("wachtwoordzin", "smit-geheim"), ("herhaal", "smit-geheim")], cookie: admin)
        #expect(Self.text(added).contains("P. Smit is toegevoegd als lk.smit"))
        let teacher = try #require(signIn("lk.smit", passphrase: "smit-geheim").cookie)
        #expect(application.signedInCount == 2)
        let teacherToken = formToken(teacher)
        let refused = post("/beheer/intrekken", [("csrf", teacherToken), ("actor", "dir.jansen"), ("reden", "x")], cookie: teacher)
        #expect(Self.text(refused).contains("Niet ingetrokken"))
        let revoked = post("/beheer/intrekken", [("csrf", token), ("actor", "lk.smit"), ("reden", "Uit dienst.")], cookie: admin)
        #expect(Self.text(revoked).contains("lk.smit is ingetrokken") && application.signedInCount == 1)
        #expect(signIn("lk.smit", passphrase: "smit-geheim").0.status == .forbidden)
    }
}
