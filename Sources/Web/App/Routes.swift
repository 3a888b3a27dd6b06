/// The one routing table: which page answers which method and path. Pages that show or change case content need a
/// sign-in; every form of a signed-in person must carry their token (CSRF).
enum Routes {
    /// Answers a request under the server's lock.
    static func answer(_ page: PageRequest, _ state: inout WebState) -> HTTPResponse {
        let parts = page.http.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let method = page.http.method == "HEAD" ? "GET" : page.http.method
        let path = RoutePath(parts)
        if method == "GET", parts.isEmpty { return .seeOther(page.signedIn == nil ? "/aanmelden" : "/overzicht") }
        if method == "GET", path.match("stijl.css") != nil {
            return HTTPResponse(status: .ok, headers: [HTTPHeader("content-type", "text/css; charset=utf-8")], body: Array(Stylesheet.css.utf8))
        }
        if method == "GET", path.match("favicon.ico") != nil { return .refusal(.notFound) }
        if path.match("aanmelden") != nil {
            return method == "POST" ? SignInPage.signIn(page, &state) : SignInPage.show(page, notice: page.http.query["reden"].flatMap(SignInPage.notice))
        }
        guard let signedIn = page.signedIn else {
            return method == "GET" ? .seeOther("/aanmelden?reden=verlopen") : ErrorPage.response(.forbidden, "Niet aangemeld", "Meld u eerst aan.")
        }
        let visit = Visit(page: page, signedIn: signedIn, configuration: state.configuration)
        if method == "POST" {
            guard let form = page.http.form else {
                return ErrorPage.response(.unsupportedMediaType, "Geweigerd", "Dit formulier is niet in de verwachte vorm verstuurd.", person: visit.person)
            }
            guard PageRequest.tokenMatches(form["csrf"], signedIn.formToken) else {
                return ErrorPage.response(.forbidden, "Geweigerd", "Dit formulier hoort niet bij uw aanmelding en is niet verwerkt.", person: visit.person)
            }
            return post(parts, form, visit, &state)
        }
        guard method == "GET" else { return ErrorPage.response(.methodNotAllowed, "Niet toegestaan", "Deze pagina neemt dit verzoek niet aan.") }
        return get(parts, visit)
    }

    private static func get(_ parts: [String], _ visit: Visit) -> HTTPResponse {
        let path = RoutePath(parts)
        if path.match("overzicht") != nil { return OverviewPage.show(visit) }
        if path.match("dossier-openen") != nil { return CaseOpenPage.show(visit, form: nil, problems: [:]) }
        if path.match("beheer") != nil { return AdminPage.show(visit, notice: nil) }
        if let at = path.match("dossier", "*") { return DossierPage.show(visit, case: at[0]) }
        if let at = path.match("dossier", "*", "vastleggen") { return RecordPage.choose(visit, case: at[0]) }
        if let at = path.match("dossier", "*", "vastleggen", "*") { return RecordPage.show(visit, case: at[0], type: at[1]) }
        if let at = path.match("dossier", "*", "wie-wist-wat") { return KnowledgePages.knowledge(visit, case: at[0]) }
        if let at = path.match("dossier", "*", "evaluatie") { return KnowledgePages.evaluation(visit, case: at[0]) }
        if let at = path.match("dossier", "*", "toegang") { return AccessPage.show(visit, case: at[0]) }
        if let at = path.match("dossier", "*", "verslagen") { return ReportPages.list(visit, case: at[0]) }
        if let at = path.match("dossier", "*", "verslag", "*") { return ReportPages.show(visit, case: at[0], kind: at[1]) }
        if let at = path.match("dossier", "*", "verslag", "*", "gemaakt") { return ReportPages.made(visit, case: at[0], kind: at[1]) }
        if let at = path.match("dossier", "*", "verslag", "*", "gemaakt", "*") {
            return ReportPages.download(visit, case: at[0], kind: at[1], file: at[2])
        }
        return ErrorPage.response(.notFound, "Niet gevonden", "Deze pagina bestaat niet.", person: visit.person)
    }

    private static func post(_ parts: [String], _ form: FormData, _ visit: Visit, _ state: inout WebState) -> HTTPResponse {
        let path = RoutePath(parts)
        if path.match("afmelden") != nil { return SignInPage.signOut(visit, &state) }
        if path.match("dossier-openen") != nil { return CaseOpenPage.open(visit, form: form) }
        if path.match("beheer", "controlepunt") != nil { return AdminPage.signCheckpoint(visit) }
        if path.match("beheer", "medewerker") != nil { return StaffActions.enrol(visit, form: form) }
        if path.match("beheer", "nieuwe-sleutel") != nil { return StaffActions.rotate(visit, form: form, &state) }
        if path.match("beheer", "intrekken") != nil { return StaffActions.revoke(visit, form: form, &state) }
        if let at = path.match("dossier", "*", "vastleggen", "*") { return RecordPage.submit(visit, case: at[0], type: at[1], form: form) }
        if let at = path.match("dossier", "*", "verslag", "*", "maken") { return ReportPages.make(visit, case: at[0], kind: at[1], form: form) }
        return ErrorPage.response(.notFound, "Niet gevonden", "Deze pagina bestaat niet.", person: visit.person)
    }
}

/// A path split into its segments, matched against patterns where `*` takes any one segment.
struct RoutePath {
    let parts: [String]

    init(_ parts: [String]) { self.parts = parts }

    /// The segments taken by the pattern's `*`s, or `nil` when the path does not match.
    func match(_ pattern: String...) -> [String]? {
        guard pattern.count == parts.count else { return nil }
        var taken = [String]()
        for (expected, part) in zip(pattern, parts) {
            if expected == "*" { taken.append(part) } else if expected != part { return nil }
        }
        return taken
    }
}
