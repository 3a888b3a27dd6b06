import Documents

/// Dutch text lines as `Meldcode` writes them for the command line (a heading, then its items indented by two
/// spaces, sections apart by an empty line) turned into headings, paragraphs and lists.
enum TextLines {
    /// The nodes of the lines.
    static func nodes(_ lines: [String]) -> [HTMLNode] {
        var nodes = [HTMLNode]()
        var items = [HTMLNode]()
        func closeList() {
            if !items.isEmpty { nodes.append(Markup.tag("ul", [], items)) }
            items = []
        }
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("  ") {
                items.append(Markup.tag("li", text: line.trimmingCharacters(in: .whitespaces)))
                continue
            }
            closeList()
            guard !line.isEmpty else { continue }
            let heads = lines.indices.contains(index + 1) && lines[index + 1].hasPrefix("  ")
            nodes.append(heads ? Markup.tag("h2", text: line) : Markup.tag("p", text: line))
        }
        closeList()
        return nodes
    }
}

import Foundation
