@testable import Documents
import Foundation
import Ledger
import Meldcode
import Testing

/// Everything from a payload is escaped: no text can open or close a tag, leave an attribute, or end
/// the stylesheet; emoji and right-to-left text pass through intact.
@Suite("HTML escaping")
struct HTMLEscapingTests {
    static let hostile = "<script>alert(1)</script></td>&amp;\"quoted\" 'single' 🧒🏽 مرحبا שלום"

    /// A case where every free text of every kind of record holds the hostile string.
    static func hostileScenario() throws -> ReportScenario {
        var scenario = try ReportScenario(childName: hostile)
        let own = scenario.signal(hostile, kind: "child-words")
        let other = scenario.signal(hostile, source: .object(["kind": .string("third-party"), "party": .string(hostile), "date": .string("2026-11-15")]))
        scenario.record("note.recorded", by: "ib.devries", ["text": .string(hostile), "contacts": .array([.string(hostile)])])
        scenario.record("consultation.held", by: "ib.devries", [
            "kind": .string("intern-begeleider"), "heldOn": .string("2026-11-16"), "participants": .array([.string("ib.devries")]),
            "outsideParticipants": .array([.string(hostile)]), "anonymous": .bool(false), "advice": .string(hostile),
        ])
        scenario.record("record.corrected", by: "lk.bakker", ["corrects": .integer(Int64(own)), "correction": .string(hostile), "reason": .string(hostile)])
        scenario.record("decision.recorded", by: "dir.jansen", [
            "question": .string("melding"), "answer": .string("yes"), "decidedOn": .string("2026-11-16"), "decidedBy": .array([.string("dir.jansen")]),
            "rationale": .string(hostile),
        ])
        scenario.melding(anonymous: false, facts: [own, other])
        return scenario
    }

    @Test("Hostile payload text is escaped in every report", arguments: ReportKind.allCases)
    func payloadTextIsEscaped(kind: ReportKind) throws {
        let html = ReportHTML.document(try Self.hostileScenario().report(kind))
        #expect(!html.contains("<script"))
        #expect(!html.contains("alert(1)</"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;/td&gt;&amp;amp;&quot;quoted&quot; &#39;single&#39; 🧒🏽 مرحبا שלום"))
        // The table structure is the renderer's own: as many cells open as close.
        #expect(html.components(separatedBy: "<td").count == html.components(separatedBy: "</td>").count)
    }

    @Test("The escaper handles the five special characters and leaves the rest alone")
    func escaper() {
        #expect(HTMLEscape.text("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&#39;")
        #expect(HTMLEscape.text("🧒🏽 مرحبا") == "🧒🏽 مرحبا")
        let node = HTMLNode.element("td", attributes: [("title", "\" onmouseover=\"x")], children: [.text("</td>")])
        #expect(node.html == "<td title=\"&quot; onmouseover=&quot;x\">&lt;/td&gt;</td>")
    }

    @Test("A CSS string cannot end the string, the rule or the style element")
    func cssStrings() {
        let css = CSSText.quoted("2026\"}</style><script>").css
        #expect(css.hasPrefix("\"") && css.hasSuffix("\""))
        #expect(!css.dropFirst().dropLast().contains("\""))
        #expect(!css.contains("<") && !css.contains("}"))
    }

    @Test("A report is one self-contained Dutch document: no scripts, no outside resources, a print stylesheet", arguments: ReportKind.allCases)
    func selfContained(kind: ReportKind) throws {
        let html = ReportHTML.document(try Self.hostileScenario().report(kind))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        for forbidden in ["<script", "<link", "<img", "<iframe", "src=", "href=", "url(", "@import", "http:", "https:"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        for required in ["<meta charset=\"utf-8\">", "@page", "size: A4", "Vertrouwelijk", "<h1>", "<h2>", "<table", "<th scope=\"row\">"] {
            #expect(html.contains(required), "\(required)")
        }
    }

    @Test("The HTML and the JSON are rendered from one report and hold the same headings")
    func jsonMatchesHTML() throws {
        let report = try Self.hostileScenario().report(.dossier)
        let json = try CanonicalJSON.parse(Array(ReportJSON.document(report).utf8))
        let headings = json["sections"]?.arrayValue?.compactMap { $0["heading"]?.stringValue } ?? []
        #expect(headings == report.sections.map(\.heading))
        #expect(json["kind"]?.stringValue == "dossier")
        let html = ReportHTML.document(report)
        for heading in headings { #expect(html.contains("<h2>\(HTMLEscape.text(heading))</h2>")) }
    }
}
