import Meldcode

/// Renders a report as one self-contained HTML document in Dutch: `lang="nl"`, no scripts, no outside
/// resources, a print stylesheet for A4, semantic headings and tables. Every value from a payload is
/// text, escaped by ``HTMLNode``.
public enum ReportHTML {
    /// The report as an HTML document.
    /// - Parameter report: The report.
    /// - Returns: The document's text.
    public static func document(_ report: Report) -> String {
        "<!DOCTYPE html>\n" + html(report).html + "\n"
    }

    /// The report as a node tree (the `<html>` element).
    static func html(_ report: Report) -> HTMLNode {
        let title = "\(report.kind.title) — dossier \(report.caseID)"
        let head = HTMLNode.tag("head", [
            .element("meta", attributes: [("charset", "utf-8")], children: []),
            .element("meta", attributes: [("name", "viewport"), ("content", "width=device-width, initial-scale=1")], children: []),
            .tag("title", [.text(title)]),
            .style(ReportStyle.sheet(caseID: report.caseID, isDraft: report.isDraft)),
        ])
        let body = HTMLNode.tag("body", [header(report), .tag("main", report.sections.map { section($0, citing: report.citesEvents, hashes: report.kind.hashesInline) }), footer(report)])
        return .element("html", attributes: [("lang", "nl")], children: [head, body])
    }

    private static func header(_ report: Report) -> HTMLNode {
        var children: [HTMLNode] = [
            .tag("p", class: "confidential", [.text("Vertrouwelijk")]),
            .tag("h1", [.text(report.kind.title)]),
            .tag("p", class: "subtitle", [.text("\(report.organisation) · dossier \(report.caseID) · voor \(report.kind.audience)")]),
        ]
        if report.isDraft {
            let text = report.kind == .ouders
                ? "CONCEPT — alleen voor de school, niet aan de ouders geven" : "CONCEPT — er is nog geen besluit om te melden"
            children.append(.tag("p", class: "draft", [.text(text)]))
        }
        return .tag("header", class: "document", children)
    }

    private static func footer(_ report: Report) -> HTMLNode {
        guard report.citesEvents else {
            return .tag("footer", class: "document", [.tag("p", [.text("Opgesteld door \(report.organisation).")])])
        }
        let text = "Opgesteld uit het logboek van \(report.organisation), stand tot en met vastlegging #\(report.asOf) "
            + "(\(DutchDate.text(report.asOfMoment))). Elke vastlegging noemt haar volgnummer (#) en vingerafdruk."
        return .tag("footer", class: "document", ([text] + report.evidenceNotes).map { .tag("p", [.text($0)]) })
    }

    private static func section(_ section: ReportSection, citing: Bool, hashes: Bool) -> HTMLNode {
        var children: [HTMLNode] = [.tag("h2", [.text(section.heading)])]
        children += section.paragraphs.map { .element("p", attributes: [("dir", "auto")], children: [.text($0)]) }
        children += section.entries.map { entry($0, citing: citing, hash: hashes) }
        if !section.facts.isEmpty { children.append(table(section.facts, class: "facts")) }
        return .tag("section", children)
    }

    private static func entry(_ entry: ReportEntry, citing: Bool, hash: Bool) -> HTMLNode {
        var meta = entry.day.map { "Gebeurd op \(DutchDate.text($0)) · " } ?? ""
        meta += "vastgelegd op \(DutchDate.text(entry.recordedAt)) door \(entry.author)"
        let heading: [HTMLNode] = citing
            ? [.tag("span", class: "seq", [.text("#\(entry.seq)")]), .text(" " + capitalised(entry.title))] : [.text(capitalised(entry.title))]
        var children: [HTMLNode] = [.tag("h3", heading), .tag("p", class: "meta", [.text(meta)])]
        if !entry.fields.isEmpty { children.append(table(entry.fields, class: "fields")) }
        if !entry.remarks.isEmpty {
            children.append(.tag("ul", class: "remarks", entry.remarks.map { .element("li", attributes: [("dir", "auto")], children: [.text($0)]) }))
        }
        if citing, hash, !entry.hash.isEmpty { children.append(.tag("p", class: "hash", [.text("vingerafdruk \(entry.hash)")])) }
        return .tag("article", class: "entry", children)
    }

    private static func table(_ fields: [ReportField], class name: String) -> HTMLNode {
        .tag("table", class: name, [.tag("tbody", fields.map { field in
            .tag("tr", [
                .element("th", attributes: [("scope", "row")], children: [.text(capitalised(field.label))]),
                .element("td", attributes: [("dir", "auto")], children: [value(field.value, under: field.label)]),
            ])
        })])
    }

    private static func value(_ value: ReportValue, under parent: String = "") -> HTMLNode {
        switch value {
        case .text(let text): .text(text)
        case .quote(let text): .tag("blockquote", [.text("“\(text)”")])
        case .date(let day): .text(DutchDate.text(day))
        case .moment(let moment): .text(DutchDate.text(moment))
        case .flag(let flag): .text(flag ? "ja" : "nee")
        case .label(let label): .text(label)
        case .reference(_, let title): .text(title)
        case .list(let items) where items.isEmpty: .text("geen")
        case .list(let items): .tag("ul", items.map { .element("li", attributes: [("dir", "auto")], children: [self.value($0)]) })
        case .fields(let fields):
            // A nested member labelled like its parent (a source's kind under "bron") shows only its value.
            .tag("ul", class: "nested", fields.map { field in
                let label: [HTMLNode] = field.label.lowercased() == parent.lowercased() ? [] : [.tag("span", class: "label", [.text(capitalised(field.label) + ": ")])]
                return .element("li", attributes: [("dir", "auto")], children: label + [self.value(field.value)])
            })
        }
    }

    private static func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
