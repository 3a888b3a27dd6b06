/// A piece of an HTML document. Text and markup are different cases: ``text(_:)`` is always escaped
/// when rendered, and the only unescaped case, ``markup(_:)``, takes a `StaticString`, so it can hold
/// constants written in this module and never data from a payload.
public indirect enum HTMLNode: Sendable {
    /// An element with attributes (each value escaped) and children.
    case element(StaticString, attributes: [(StaticString, String)], children: [HTMLNode])
    /// Text, escaped when rendered.
    case text(String)
    /// Markup written in `Documents` itself (a doctype).
    case markup(StaticString)
    /// A `<style>` element.
    case style(CSSText)

    /// An element without attributes.
    static func tag(_ name: StaticString, _ children: [HTMLNode]) -> HTMLNode {
        .element(name, attributes: [], children: children)
    }

    /// An element with one class.
    static func tag(_ name: StaticString, class value: String, _ children: [HTMLNode]) -> HTMLNode {
        .element(name, attributes: [("class" as StaticString, value)], children: children)
    }

    /// The node rendered as HTML.
    public var html: String {
        var output = ""
        render(into: &output)
        return output
    }

    private func render(into output: inout String) {
        switch self {
        case .text(let text):
            output += HTMLEscape.text(text)
        case .markup(let markup):
            output += markup.description
        case .style(let css):
            output += "<style>" + css.css + "</style>"
        case .element(let name, let attributes, let children):
            output += "<\(name)"
            for (attribute, value) in attributes { output += " \(attribute)=\"\(HTMLEscape.text(value))\"" }
            output += ">"
            if Self.voidElements.contains(name.description) { return }
            for child in children { child.render(into: &output) }
            output += "</\(name)>"
        }
    }

    private static let voidElements: Set<String> = ["meta", "br", "hr", "input", "link"]
}
