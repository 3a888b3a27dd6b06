import Documents

/// Short ways to build the typed HTML nodes of `Documents` (text is always escaped; markup only from constants).
enum Markup {
    /// An element with attributes and children.
    static func tag(_ name: StaticString, _ attributes: [(StaticString, String)] = [], _ children: [HTMLNode] = []) -> HTMLNode {
        .element(name, attributes: attributes, children: children)
    }

    /// An element holding only text.
    static func tag(_ name: StaticString, _ attributes: [(StaticString, String)] = [], text: String) -> HTMLNode {
        .element(name, attributes: attributes, children: [.text(text)])
    }

    /// A link.
    static func link(_ href: String, _ text: String, _ attributes: [(StaticString, String)] = []) -> HTMLNode {
        tag("a", [("href", href)] + attributes, text: text)
    }

    /// A hidden form field.
    static func hidden(_ name: String, _ value: String) -> HTMLNode {
        tag("input", [("type", "hidden"), ("name", name), ("value", value)])
    }

    /// A button that submits its form.
    static func button(_ text: String, name: String? = nil, value: String? = nil, secondary: Bool = false) -> HTMLNode {
        var attributes: [(StaticString, String)] = [("type", "submit"), ("class", secondary ? "knop tweede" : "knop")]
        if let name { attributes.append(("name", name)) }
        if let value { attributes.append(("value", value)) }
        return tag("button", attributes, text: text)
    }

    /// A form posting to `action` with the sign-in's token.
    static func form(_ action: String, token: String, _ children: [HTMLNode]) -> HTMLNode {
        tag("form", [("method", "post"), ("action", action)], [hidden("csrf", token)] + children)
    }

    /// A table with a header row.
    static func table(_ heads: [String], _ rows: [[HTMLNode]]) -> HTMLNode {
        tag("table", [], [
            tag("thead", [], [tag("tr", [], heads.map { tag("th", [("scope", "col")], text: $0) })]),
            tag("tbody", [], rows.map { cells in tag("tr", [], cells.map { tag("td", [], [$0]) }) }),
        ])
    }
}
