import Documents
import Foundation
import Ledger
import Meldcode
import Testing

/// A protected parents' report (after a conversation skipped for safety, or under an anonymous melding) holds none
/// of the child's words, the reason for opening, Veilig Thuis, staff names or roles in free text, third parties or
/// other children, and nothing that counts or locates what it leaves out, until the school releases an item.
@Suite("The protected parents' report")
struct ProtectedParentsReportTests {
    /// The seqs of the scenario's events, by what they are.
    struct Seqs {
        var threat = 0, classmate = 0, words = 0, teacherSaw = 0, consultation = 0, skip = 0
    }

    /// A case like seed 003's: the father threatens the IB'er, who makes the melding anonymously towards the family; a
    /// classmate's mother (a named third party) told the school what her child saw.
    static func seed003() throws -> (ReportScenario, Seqs) {
        var scenario = try ReportScenario(caseID: "2026-031", childName: "Noah Kramer")
        var seqs = Seqs()
        seqs.threat = scenario.signal(
            "Vader zegt bij het ophalen tegen de IB'er: 'Als jullie instanties op ons afsturen, weet ik je te vinden.'")
        seqs.classmate = scenario.signal(
            "Mevrouw Yildiz vertelt dat haar dochter Elif zag dat Noah op het plein een blauwe plek op zijn wang had.",
            source: .object(["kind": .string("third-party"), "party": .string("mevrouw Yildiz, moeder van klasgenote Elif"), "date": .string("2026-11-12")]))
        seqs.words = scenario.signal("Noah zegt: 'Ik mag niks zeggen van papa.'", kind: "child-words")
        seqs.teacherSaw = scenario.signal("Noah kwam drie dagen achter elkaar zonder ontbijt op school; juf Bakker zag het elke ochtend.")
        seqs.consultation = scenario.record("consultation.held", by: "ib.devries", [
            "kind": .string("colleague"), "heldOn": .string("2026-11-13"), "participants": .array([.string("ib.devries"), .string("lk.bakker")]),
            "anonymous": .bool(false), "advice": .string("Signalen verder in kaart brengen; Veilig Thuis om advies vragen."),
        ])
        seqs.skip = scenario.record("conversation.skipped", by: "ib.devries", [
            "skippedOn": .string("2026-11-14"), "with": .string("parents"), "reason": .string("safety-professional"),
            "explanation": .string("Vader heeft de IB'er bedreigd; een gesprek kan haar in gevaar brengen."),
        ])
        scenario.record("melding.made", by: "ib.devries", [
            "veiligThuis": .string("Veilig Thuis IJsselland"), "madeBy": .string("ib.devries"), "madeOn": .string("2026-11-14"),
            "anonymous": .bool(true), "anonymityReason": .string("threat-to-professional"), "facts": .array([.integer(Int64(seqs.threat))]),
            "schoolContinues": .string("De school volgt Noah."),
        ])
        return (scenario, seqs)
    }

    /// What must not reach the father of the seed-003 case.
    static let forbidden = [
        "IB'er", "intern begeleider", "A. de Vries", "de Vries", "ib.devries", "Bakker", "Yildiz", "Elif", "klasgenote", "Veilig Thuis",
        "melding", "ik mag niks zeggen",
    ]

    /// Every form the report takes: its HTML's visible text, the HTML itself and its JSON.
    static func forms(_ report: Report) -> [String] {
        let html = ReportHTML.document(report)
        let unstyled = html.replacingOccurrences(of: "<style[\\s\\S]*?</style>", with: "", options: .regularExpression)
        return [ParentsReportTests.visibleText(unstyled), unstyled, ReportJSON.document(report)]
    }

    @Test("Items whose free text names staff, a role or a third party wait for the school: the report is refused and the draft says why")
    func pendingItemsRefuseTheReport() throws {
        let (scenario, seqs) = try Self.seed003()
        let choices = ParentsChoices(judgedSafe: "Het onderzoek is afgerond.")
        #expect(throws: ReportError.pendingForParents("2026-031", seqs: [seqs.threat, seqs.teacherSaw, seqs.consultation])) {
            try ReportBuilder.report(.ouders, from: try scenario.input, parents: choices)
        }
        let draft = try ReportBuilder.report(.ouders, from: try scenario.input, draft: true, parents: choices)
        #expect(draft.isDraft)
        let pending = Dictionary(uniqueKeysWithValues: draft.pending.map { ($0.seq, $0.found.joined(separator: " ")) })
        #expect(pending[seqs.threat]?.contains("IB'er") == true)
        #expect(pending[seqs.teacherSaw]?.contains("Bakker") == true)
        #expect(pending[seqs.teacherSaw]?.contains("juf") == true)
        #expect(pending[seqs.consultation]?.contains("Veilig Thuis") == true)
        let withheld = Set(draft.decisions.filter { $0.outcome == .withheld }.map(\.seq))
        #expect(withheld.isSuperset(of: [seqs.classmate, seqs.words]))
        #expect(ReportHTML.document(draft).contains("Alleen voor de school"))
    }

    @Test("Redacted, the report holds none of the child's words, staff, roles, the third party, her child, Veilig Thuis, seqs or hashes")
    func redactedReportHoldsNothingProtected() throws {
        let (scenario, seqs) = try Self.seed003()
        let choices = ParentsChoices(
            judgedSafe: "Het onderzoek is afgerond.",
            redactions: [seqs.threat: "De bedreiging is de vader bekend.", seqs.teacherSaw: "Feiten zonder namen.", seqs.consultation: "Zonder namen."])
        let report = try ReportBuilder.report(.ouders, from: try scenario.input, parents: choices)
        for text in Self.forms(report) {
            for needle in Self.forbidden { #expect(!ParentsReportTests.holds(text, needle), "\(needle)") }
            #expect(text.range(of: "(?<!&)#[0-9]", options: .regularExpression) == nil, "no seq numbers")
            #expect(text.range(of: "[0-9a-f]{64}", options: .regularExpression) == nil, "no hashes")
        }
        let text = Self.forms(report)[0]
        #expect(text.contains("zonder ontbijt"), "a redacted item still shows its facts")
        #expect(text.contains(SensitiveTextMark.mark))
        #expect(report.sections.flatMap(\.entries).allSatisfy { $0.author == "de school" })
        #expect(report.provableSeqs.isEmpty && report.evidenceNotes.isEmpty)
        let decisions = Dictionary(uniqueKeysWithValues: report.decisions.map { ($0.seq, $0) })
        #expect(decisions[seqs.threat]?.outcome == .redacted)
        #expect(decisions[seqs.threat]?.ground == "De bedreiging is de vader bekend.")
        #expect(decisions[seqs.classmate]?.outcome == .withheld)
    }

    @Test("An item released with a reason is shown whole, and report.issued records the release, its reason and every withheld item")
    func releaseIsShownAndRecorded() throws {
        let (scenario, seqs) = try Self.seed003()
        let choices = ParentsChoices(
            judgedSafe: "Het onderzoek is afgerond.",
            releases: [seqs.classmate: "Mevrouw Yildiz gaf toestemming."],
            redactions: [seqs.threat: "Bekend bij vader.", seqs.teacherSaw: "Zonder namen.", seqs.consultation: "Zonder namen."])
        let report = try ReportBuilder.report(.ouders, from: try scenario.input, parents: choices)
        #expect(Self.forms(report)[0].contains("Mevrouw Yildiz vertelt"))
        #expect(!Self.forms(report)[0].contains("Ik mag niks zeggen"), "the child's words stay withheld")
        let day = try #require(CalendarDay("2026-11-20"))
        let issued = ReportIssue.draft(of: report, to: "ouders van Noah", documentSHA256: String(repeating: "0", count: 64), bundleSHA256: nil, on: day)
        let recorded = try #require(issued.payload["decisions"]?.arrayValue)
        let bySeq = Dictionary(uniqueKeysWithValues: recorded.compactMap { item in item["seq"]?.integerValue.map { (Int($0), item) } })
        #expect(bySeq[seqs.classmate]?["decision"]?.stringValue == "released")
        #expect(bySeq[seqs.classmate]?["ground"]?.stringValue == "Mevrouw Yildiz gaf toestemming.")
        #expect(bySeq[seqs.words]?["decision"]?.stringValue == "withheld")
        #expect(bySeq[seqs.threat]?["decision"]?.stringValue == "redacted")
    }

    @Test("A release of something the report cannot show is refused")
    func strayRelease() throws {
        let (scenario, _) = try Self.seed003()
        #expect(throws: ReportError.unknownRelease("2026-031", seq: 999)) {
            try ReportBuilder.report(.ouders, from: try scenario.input, draft: true, parents: ParentsChoices(judgedSafe: "x", releases: [999: "x"]))
        }
    }

    @Test("A parents' report opens with a plain summary, a contact person and the parents' rights")
    func opening() throws {
        let report = try ParentsReportTests.scenario(anonymous: false).report(.ouders)
        let headings = report.sections.map(\.heading)
        #expect(Array(headings.prefix(3)) == ["In het kort", "Uw contactpersoon op school", "Wat u kunt doen"])
        let rights = report.sections[2].paragraphs.joined(separator: " ")
        for needle in ["kopie", "eigen kijk", "artikel 16 AVG"] { #expect(rights.contains(needle), "\(needle)") }
    }

    @Test("Checklist items, which read as verdicts, are not shown to parents")
    func checklistIsNoVerdict() throws {
        var scenario = try ReportScenario()
        scenario.record("checklist.completed", by: "ib.devries", [
            "completedOn": .string("2026-11-16"),
            "answers": .array([.object(["item": .string("opvoeding-3"), "answer": .string("yes")])]),
        ])
        let report = try scenario.report(.ouders)
        let label = try #require(Signaleringslijst.items.first { $0.value == "opvoeding-3" }?.label)
        #expect(!ParentsReportTests.visibleText(ReportHTML.document(report)).contains(label))
    }
}

/// The mark a redaction leaves, as the tests expect it.
enum SensitiveTextMark {
    /// "(weggelaten)".
    static let mark = "(weggelaten)"
}
