import Documents
import Foundation
import Ledger
import Meldcode
import Testing

/// `logboek evaluate` on example (b) (issue 11): each decision with what was known then, and the day counts.
@Suite("Evaluate")
struct EvaluateCommandTests {
    static func seqs(_ value: JSONValue?) -> [Int] { (value?.arrayValue ?? []).compactMap { $0.integerValue.map(Int.init) } }

    @Test("(b) every weighing, decision, help and melding is a point, each with what its deciders knew and did not yet know")
    func decisions() throws {
        let events = try ExampleLogbook.events().filter { $0.stream == "case/2026-014" }
        let evaluation = try ExampleLogbook.json(["evaluate", "--case", "2026-014", "--json"])
        let points = evaluation["points"]?.arrayValue ?? []
        #expect(points.compactMap { $0["seq"]?.integerValue.map(Int.init) } == events.filter { DecisionPoint.types.contains($0.type) }.map(\.seq))
        let weighing = try #require(points.first)
        #expect(weighing["type"]?.stringValue == "weighing.recorded" && weighing["day"]?.stringValue == "2026-09-18")
        let director = try #require(weighing["people"]?.arrayValue?.first { $0["knower"]?["actor"]?.stringValue == "dir.jansen" })
        let signals = events.filter { $0.type == "signal.recorded" }.map(\.seq)
        let conversation = try #require(events.first { $0.type == "conversation.held" }?.seq)
        let earlier = Self.seqs(evaluation["seqs"]).filter { $0 < (weighing["seq"]?.integerValue).map(Int.init) ?? 0 }
        let knew = Set(earlier).subtracting(Self.seqs(director["didNotKnow"]))
        #expect(Set(signals).isSubset(of: knew) && director["knewCount"]?.integerValue == Int64(knew.count))
        #expect(Self.seqs(director["didNotKnow"]).contains(conversation))
        #expect(weighing["requiredBefore"]?["action"]?.stringValue == "weigh-suspicion")
        let melding = try #require(points.last)
        #expect(melding["type"]?.stringValue == "melding.made" && melding["findings"]?.arrayValue?.isEmpty == true)
    }

    @Test("(b) the time line in days: signal 0, consultation 2, conversation 8, weighing 9, decision 9, melding 55, feedback 61")
    func timeline() throws {
        let evaluation = try ExampleLogbook.json(["evaluate", "--case", "2026-014", "--json"])
        let days = (evaluation["timeline"]?.arrayValue ?? []).compactMap { $0["daysFromFirstSignal"]?.integerValue }
        #expect(days == [0, 2, 8, 9, 9, 55, 61])
        #expect(evaluation["lateRecords"]?.arrayValue?.isEmpty == true)
        let text = try ExampleLogbook.run(["evaluate", "--case", "2026-014"])
        #expect(text.status == 0 && text.stdout.contains("melding: 3 november 2026") && text.stdout.contains("dag 55"))
        #expect(text.stdout.contains("De directeur (dir.jansen) (besliste) wist van"))
    }

    @Test("evaluate --as-of stops at that seq; an unknown case exits 1; no --case exits 2")
    func replayAndRefusals() throws {
        let first = try #require(try ExampleLogbook.events().first { $0.stream == "case/2026-014" && $0.type == "decision.recorded" })
        let early = try ExampleLogbook.json(["evaluate", "--case", "2026-014", "--as-of", "\(first.seq)", "--json"])
        #expect(early["points"]?.arrayValue?.count == 2)
        #expect(try ExampleLogbook.run(["evaluate", "--case", "2099-001"]).status == 1)
        #expect(try ExampleLogbook.run(["evaluate"]).status == 2)
    }

    @Test("(b) --format html is the Dutch evaluation report, the same document as `report evaluatie`, written with --out")
    func html() throws {
        let html = try ExampleLogbook.run(["evaluate", "--case", "2026-014", "--format", "html"])
        #expect(html.status == 0 && html.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        for expected in [
            "Evaluatie, besluit voor besluit", "Tijdlijn in dagen", "Besluit 1 — 18 september 2026: weging (afwegingskader)",
            "Besluit 6 — 30 oktober 2026: afweging 5: leidt de hulp tot het resultaat? Nee", "Besluit 8 — 3 november 2026: melding bij Veilig Thuis",
            "Van het eerste signaal tot de melding bij Veilig Thuis: 55 dagen.", "Veilig Thuis koppelde 6 dagen na de melding terug.",
            "M. Jansen (directeur), besliste", "Wist nog niet, terwijl het logboek het al had", "Daan Kuipers",
        ] {
            #expect(html.stdout.contains(HTMLEscape.text(expected)), "\(expected)")
        }
        let report = try ExampleLogbook.run(["report", "evaluatie", "--case", "2026-014"])
        #expect(report.status == 0 && report.stdout == html.stdout)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("evaluatie-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try ExampleLogbook.run(["evaluate", "--case", "2026-014", "--format", "html", "--out", file.path]).status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8) == html.stdout)
        let early = try ExampleLogbook.run(["evaluate", "--case", "2026-014", "--format", "html", "--known-on", "2026-09-20"])
        #expect(early.status == 0 && early.stdout.contains("Besluit 2 — 18 september 2026") && !early.stdout.contains("Besluit 3 —"))
    }

    @Test("evaluate refuses another --format, --format html with --json, and --out without html (exit 2)")
    func formatRefusals() throws {
        for arguments in [["--format", "pdf"], ["--format", "html", "--json"], ["--out", "evaluatie.html"]] {
            #expect(try ExampleLogbook.run(["evaluate", "--case", "2026-014"] + arguments).status == 2, "\(arguments)")
        }
    }
}
