import Documents
import Ledger
import Meldcode
import Sodium

/// Signing in and out. A person signs in with their actor id and passphrase; the server opens their keys
/// (Argon2id) into guarded memory for the sign-in and wipes them at sign-out, after the idle time and after the
/// longest time. The passphrase is never stored or logged. Failed sign-ins are slowed per actor and per client.
enum SignInPage {
    /// The sentence above the form for a reason in the query.
    static func notice(_ reason: String) -> String? {
        switch reason {
        case "verlopen": "U bent niet (meer) aangemeld. Na een kwartier zonder activiteit, en na acht uur, wordt u afgemeld en worden uw sleutels gewist."
        case "afgemeld": "U bent afgemeld. Uw sleutels zijn uit het geheugen van de server gewist."
        default: nil
        }
    }

    /// The sign-in form, with a fresh token in a cookie and in the form (CSRF before anyone is signed in).
    static func show(_ page: PageRequest, notice: String?, problem: String? = nil, actor: String = "", status: HTTPStatus = .ok) -> HTTPResponse {
        // The same browser keeps its token (a second tab, a favicon's redirect); a new browser gets a new one.
        let kept = page.cookie(page.signInCookie).flatMap { $0.utf8.count == 64 && Hex.decode($0) != nil ? $0 : nil }
        let token = kept ?? WebState.token()
        var content = [HTMLNode]()
        if let notice { content.append(Markup.tag("p", [("class", "melding")], text: notice)) }
        if let problem { content.append(Markup.tag("div", [("class", "foutsamenvatting"), ("role", "alert")], [Markup.tag("p", text: problem)])) }
        content.append(Markup.form("/aanmelden", token: token, [
            Markup.tag("label", [("for", "actor")], [.text("Gebruikersnaam"), Markup.tag("span", [("class", "hint"), ("id", "actor-hint")], text: "Uw gebruikersnaam in het logboek, bijvoorbeeld ib.devries.")]),
            Markup.tag("input", [("type", "text"), ("id", "actor"), ("name", "actor"), ("value", actor), ("autocomplete", "username"), ("aria-describedby", "actor-hint")]),
            Markup.tag("label", [("for", "wachtwoordzin")], text: "Wachtwoordzin"),
            Markup.tag("input", [("type", "password"), ("id", "wachtwoordzin"), ("name", "wachtwoordzin"), ("autocomplete", "current-password")]),
            Markup.button("Aanmelden"),
        ]))
        var response = HTTPResponse.page(PageFrame(title: "Aanmelden", person: nil, content: content).html, status: status)
        response.headers.append(page.setCookie(page.signInCookie, token))
        return response
    }

    /// Signs a person in: checks the form's token, the throttle, the actor and the passphrase, then keeps their keys.
    static func signIn(_ page: PageRequest, _ state: inout WebState) -> HTTPResponse {
        guard let form = page.http.form, let expected = page.cookie(page.signInCookie), PageRequest.tokenMatches(form["csrf"], expected) else {
            return ErrorPage.response(.forbidden, "Geweigerd", "Dit aanmeldformulier hoort niet bij deze browser. Laad de pagina opnieuw.")
        }
        let actor = (form["actor"] ?? "").trimmingCharacters(in: .whitespaces)
        let client = "client:" + (page.http.header("x-real-ip") ?? page.http.header("x-forwarded-for") ?? "lokaal")
        let now = state.now
        let wait = state.throttle.wait(for: ["actor:" + actor, client], at: now)
        guard wait == 0 else {
            return show(page, notice: nil, problem: "Te veel mislukte pogingen. Probeer het over \(wait) seconden opnieuw.", actor: actor, status: .tooManyRequests)
        }
        guard let keys = try? openKeys(actor, form["wachtwoordzin"] ?? "", state.configuration) else {
            state.throttle.fail(["actor:" + actor, client], at: now)
            return show(page, notice: nil, problem: "Gebruikersnaam of wachtwoordzin klopt niet.", actor: actor, status: .forbidden)
        }
        state.throttle.clear("actor:" + actor)
        let cookie = WebState.token()
        state.sessions[WebState.key(ofCookie: cookie)] = SignedIn(actor: actor, keys: keys, formToken: WebState.token(), now: now)
        var response = HTTPResponse.seeOther("/overzicht")
        response.headers += [page.setCookie(page.sessionCookie, cookie), page.setCookie(page.signInCookie, nil)]
        return response
    }

    /// Signs out: the sign-in is dropped (its keys wiped) and the cookie cleared.
    static func signOut(_ visit: Visit, _ state: inout WebState) -> HTTPResponse {
        if let cookie = visit.page.cookie(visit.page.sessionCookie) { state.sessions[WebState.key(ofCookie: cookie)] = nil }
        var response = HTTPResponse.seeOther("/aanmelden?reden=afgemeld")
        response.headers.append(visit.page.setCookie(visit.page.sessionCookie, nil))
        return response
    }

    /// The keys of an active actor whose key file opens with the passphrase and matches the registry. For an id that
    /// is no active actor's the passphrase still goes through Argon2id, so the time taken does not tell who is enrolled.
    private static func openKeys(_ actor: String, _ passphrase: String, _ configuration: WebConfiguration) throws -> ActorKeys {
        let registry = try LogWriter(opening: configuration.layout, lockTimeout: configuration.lockTimeout, rules: CaseAuthority()).state.registry
        guard Names.isActorID(actor), let registered = registry.actors[actor], registered.isActive else {
            _ = try SealedKey(newKeyFor: "onbekend", passphrase: try SecretBytes(copying: passphrase))
            throw LedgerError.invalidInput("no such actor")
        }
        let keys = try KeyStore(layout: configuration.layout).keys(for: actor, passphrase: try SecretBytes(copying: passphrase))
        guard keys.signing.publicKey == registered.publicKey else { throw LedgerError.keyMismatch(actor: actor) }
        return keys
    }
}
