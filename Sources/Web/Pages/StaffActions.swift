import Documents
import Ledger
import Meldcode
import Sodium

/// What an administrator does with staff on Beheer: enrol a member of staff with a first passphrase, give someone a
/// new key (a forgotten passphrase), or revoke someone. The ledger refuses anyone but an active administrator. A
/// rotated or revoked person's sign-ins end at once (their keys wiped) and their unlocked keys are dropped.
enum StaffActions {
    /// The shortest passphrase taken for a new key (as on the command line).
    static let minimumPassphrase = 8

    /// The forms, for an administrator.
    static func forms(_ token: String, actors: [(id: String, name: String)]) -> [HTMLNode] {
        let roleChoices = Role.allCases.map { Markup.tag("option", [("value", $0.rawValue)], text: $0.dutchName) }
        let actorChoices = actors.map { Markup.tag("option", [("value", $0.id)], text: $0.name) }
        return [
            Markup.tag("h2", text: "Medewerker toevoegen"),
            Markup.form("/beheer/medewerker", token: token, [
                field("nieuw-id", "Gebruikersnaam", hint: "Kleine letters, cijfers, punt of streepje, bijvoorbeeld lk.smit."),
                field("nieuw-naam", "Naam"),
                Markup.tag("label", [("for", "nieuw-functie")], text: "Functie"),
                Markup.tag("select", [("id", "nieuw-functie"), ("name", "functie")], roleChoices),
                Markup.tag("label", [("class", "keuze")], [Markup.tag("input", [("type", "checkbox"), ("name", "beheerder"), ("value", "ja")]), .text("Beheerder (mag medewerkers toevoegen en intrekken)")]),
                passphrases("nieuw"),
                Markup.button("Medewerker toevoegen"),
            ]),
            Markup.tag("h2", text: "Nieuwe sleutel (wachtwoordzin vergeten)"),
            Markup.form("/beheer/nieuwe-sleutel", token: token, [
                Markup.tag("label", [("for", "sleutel-actor")], text: "Medewerker"),
                Markup.tag("select", [("id", "sleutel-actor"), ("name", "actor")], actorChoices),
                passphrases("sleutel"),
                Markup.button("Nieuwe sleutel geven"),
            ]),
            Markup.tag("h2", text: "Medewerker intrekken"),
            Markup.form("/beheer/intrekken", token: token, [
                Markup.tag("label", [("for", "intrekken-actor")], text: "Medewerker"),
                Markup.tag("select", [("id", "intrekken-actor"), ("name", "actor")], actorChoices),
                field("intrekken-reden", "Reden", name: "reden"),
                Markup.button("Intrekken"),
            ]),
        ]
    }

    /// Enrols a member of staff with a first passphrase.
    static func enrol(_ visit: Visit, form: FormData) -> HTTPResponse {
        let id = (form["id"] ?? "").trimmingCharacters(in: .whitespaces)
        let name = (form["naam"] ?? "").trimmingCharacters(in: .whitespaces)
        guard Names.isActorID(id) else { return AdminPage.show(visit, notice: "Kies een gebruikersnaam van kleine letters, cijfers, punt of streepje.", failed: true) }
        guard !name.isEmpty, let role = form["functie"].flatMap(Role.init(rawValue:)) else {
            return AdminPage.show(visit, notice: "Vul de naam in en kies een functie.", failed: true)
        }
        return withPassphrase(visit, form) { passphrase in
            let key = try SealedKey(newKeyFor: id, passphrase: passphrase)
            let profile = try ActorProfile(
                id: id, name: name, roles: [role], isAdministrator: form["beheerder"] == "ja", qualifications: [], publicKey: key.publicKey,
                encryptionKey: key.encryptionKey)
            let enrolment = RegistryEvent.actorEnrolled(profile)
            _ = try visit.open().checkedAppend([EventDraft(enrolment)]).append(enrolment, issuing: key)
            return "\(name) is toegevoegd als \(id)."
        }
    }

    /// Gives someone a new key with a new passphrase, ending their sign-ins.
    static func rotate(_ visit: Visit, form: FormData, _ state: inout WebState) -> HTTPResponse {
        let id = form["actor"] ?? ""
        let response = withPassphrase(visit, form) { passphrase in
            let key = try SealedKey(newKeyFor: id, passphrase: passphrase)
            let rotation = RegistryEvent.keyRotated(actor: id, publicKey: key.publicKey, encryptionKey: key.encryptionKey)
            let checked = try visit.open().checkedAppend([EventDraft(rotation)])
            _ = try checked.append(rotation, issuing: key)
            UnlockedKeys.lock(id, in: checked.writer.layout)
            return "\(id) heeft een nieuwe sleutel; de oude werkt niet meer."
        }
        if response.status == .ok, id != visit.signedIn.actor { state.sessions = state.sessions.filter { $0.value.actor != id } }
        return response
    }

    /// Revokes someone, ending their sign-ins.
    static func revoke(_ visit: Visit, form: FormData, _ state: inout WebState) -> HTTPResponse {
        let id = form["actor"] ?? ""
        let reason = (form["reden"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { return AdminPage.show(visit, notice: "Vul de reden van het intrekken in.", failed: true) }
        do {
            let draft = EventDraft(.actorRevoked(actor: id, reason: reason))
            let checked = try visit.open().checkedAppend([draft])
            _ = try checked.append([draft])
            UnlockedKeys.lock(id, in: checked.writer.layout)
        } catch {
            return AdminPage.show(visit, notice: "Niet ingetrokken: \(message(error)).", failed: true)
        }
        state.sessions = state.sessions.filter { $0.value.actor != id }
        return AdminPage.show(visit, notice: "\(id) is ingetrokken; aanmeldingen van \(id) zijn beëindigd.")
    }

    /// Checks the two passphrases, then runs `body`; its sentence or the error goes on the Beheer page.
    private static func withPassphrase(_ visit: Visit, _ form: FormData, _ body: (SecretBytes) throws -> String) -> HTTPResponse {
        let first = form["wachtwoordzin"] ?? "", second = form["herhaal"] ?? ""
        guard first.count >= minimumPassphrase else {
            return AdminPage.show(visit, notice: "Een wachtwoordzin heeft ten minste \(minimumPassphrase) tekens.", failed: true)
        }
        guard first.utf8.elementsEqual(second.utf8) else { return AdminPage.show(visit, notice: "De twee wachtwoordzinnen verschillen.", failed: true) }
        do {
            return AdminPage.show(visit, notice: try body(try SecretBytes(copying: first)))
        } catch {
            return AdminPage.show(visit, notice: "Niet gelukt: \(message(error)).", failed: true)
        }
    }

    /// A refusal as a sentence: the ledger's message and its code.
    private static func message(_ error: any Error) -> String {
        if let error = error as? LedgerError { return "\(error.message) (\(error.code))" }
        return "onbekende fout"
    }

    private static func field(_ id: String, _ label: String, name: String? = nil, hint: String? = nil) -> HTMLNode {
        let name = name ?? String(id.split(separator: "-").last ?? "")
        return Markup.tag("div", [], [
            Markup.tag("label", [("for", id)], [.text(label)] + (hint.map { [Markup.tag("span", [("class", "hint")], text: $0)] } ?? [])),
            Markup.tag("input", [("type", "text"), ("id", id), ("name", name)]),
        ])
    }

    private static func passphrases(_ prefix: String) -> HTMLNode {
        Markup.tag("div", [], [
            Markup.tag("label", [("for", "\(prefix)-wachtwoordzin")], [.text("Eerste wachtwoordzin"), Markup.tag("span", [("class", "hint")], text: "Ten minste \(minimumPassphrase) tekens; geef die persoonlijk door.")]),
            Markup.tag("input", [("type", "password"), ("id", "\(prefix)-wachtwoordzin"), ("name", "wachtwoordzin"), ("autocomplete", "new-password")]),
            Markup.tag("label", [("for", "\(prefix)-herhaal")], text: "Herhaal de wachtwoordzin"),
            Markup.tag("input", [("type", "password"), ("id", "\(prefix)-herhaal"), ("name", "herhaal"), ("autocomplete", "new-password")]),
        ])
    }
}

import Foundation
