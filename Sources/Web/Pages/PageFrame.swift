import Documents

/// The frame of every page: Dutch, the page's title first (so a screen reader hears it first), the school, who is
/// signed in, the menu and the sign-out button, then the content.
struct PageFrame {
    /// The page's title, also its heading.
    var title: String
    /// The signed-in person (`nil` on the sign-in page).
    var person: (name: String, token: String)?
    /// The content under the heading.
    var content: [HTMLNode]

    /// The whole document.
    var html: String {
        HTMLNode.markup("<!DOCTYPE html>").html + Markup.tag("html", [("lang", "nl")], [
            Markup.tag("head", [], [
                Markup.tag("meta", [("charset", "utf-8")]),
                Markup.tag("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
                Markup.tag("title", text: "\(title) — Logboek meldcode"),
                Markup.tag("link", [("rel", "stylesheet"), ("href", "/stijl.css")]),
            ]),
            Markup.tag("body", [], [header, Markup.tag("main", [("id", "inhoud")], [Markup.tag("h1", text: title)] + content)]),
        ]).html
    }

    private var header: HTMLNode {
        var items: [HTMLNode] = [Markup.tag("span", [("class", "merk")], text: "Logboek meldcode")]
        if let person {
            items += [
                Markup.tag("nav", [("aria-label", "Menu")], [
                    Markup.link("/overzicht", "Overzicht"), Markup.link("/dossier-openen", "Dossier openen"), Markup.link("/beheer", "Beheer"),
                ]),
                Markup.tag("span", [("class", "wie")], text: "Aangemeld als \(person.name)"),
                Markup.form("/afmelden", token: person.token, [Markup.button("Afmelden", secondary: true)]),
            ]
        }
        return Markup.tag("header", [], items)
    }
}
