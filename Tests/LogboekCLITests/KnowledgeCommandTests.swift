import Foundation
import Ledger
import Meldcode
import Testing

/// `logboek knowledge` and `--known-on` on the example school (issue 11).
@Suite("Knowledge and replay by day")
struct KnowledgeCommandTests {
    /// Every day of the example school's story, from the day before its first event to the day after its last.
    static let storyDays: [String] = {
        let files = ["a-zorg-weggenomen", "b-meldnorm-c", "c-acute-disclosure"]
        let moments = files.flatMap { file -> [String] in
            let url = ExampleLogbook.examples.appendingPathComponent("\(file).json")
            guard let data = try? Data(contentsOf: url), let object = try? CanonicalJSON.parse([UInt8](data)) else { return [] }
            return (object["events"]?.arrayValue ?? []).compactMap { $0["at"]?.stringValue.map { String($0.prefix(10)) } }
        }
        guard let first = moments.min().flatMap(CalendarDay.init), let last = moments.max().flatMap(CalendarDay.init) else { return [] }
        return (-1...Int(last.daysSinceEpoch - first.daysSinceEpoch) + 1).map { first.adding(days: $0).description }
    }()

    /// The example log's events and its actors' roles, read once.
    static let example = Result { (events: try ExampleLogbook.events(), roles: try ExampleCaseTests.roles()) }

    /// The events recorded by the end of a day, folded afresh.
    static func recorded(by day: CalendarDay) throws -> [RecordedEvent] {
        try example.get().events.filter { CalendarDay($0.recordedAt) <= day }
    }

    @Test("The story spans the examples' weeks")
    func storyDaysCoverTheExamples() {
        #expect(Self.storyDays.first == "2026-09-06" && Self.storyDays.last == "2026-11-19")
    }

    @Test("case list --known-on DAY equals a fresh fold of the events recorded by then, for every day of the story", arguments: storyDays)
    func caseListKnownOn(day text: String) throws {
        let day = try #require(CalendarDay(text))
        let listed = try ExampleLogbook.json(["case", "list", "--json", "--known-on", text]).arrayValue ?? []
        let fresh = CaseReplay.snapshots(in: try Self.recorded(by: day), actorRoles: try Self.example.get().roles, on: day)
        #expect(listed.compactMap { $0["id"]?.stringValue } == fresh.map(\.state.id))
        #expect(listed.compactMap { $0["lastSeq"]?.integerValue.map(Int.init) } == fresh.compactMap(\.state.lastSeq))
        #expect(listed.compactMap { $0["status"]?.stringValue } == fresh.map(\.state.phase.rawValue))
    }

    @Test("Every projection's --known-on replay equals a fresh fold of the prefix: snapshots and knowledge, every day")
    func everyProjectionEveryDay() throws {
        let (events, roles) = try Self.example.get()
        for text in Self.storyDays {
            let day = try #require(CalendarDay(text))
            let prefix = events.last { CalendarDay($0.recordedAt) <= day }?.seq ?? -1
            let fresh = try Self.recorded(by: day)
            #expect(
                CaseReplay.snapshots(in: events, asOf: prefix, actorRoles: roles, on: day) == CaseReplay.snapshots(in: fresh, actorRoles: roles, on: day),
                "\(text)")
            for id in ["2026-011", "2026-014", "2026-019"] {
                #expect(CaseKnowledge.of(id, in: events, through: prefix) == CaseKnowledge.of(id, in: fresh), "\(id) on \(text)")
            }
        }
    }

    @Test("(b) when the director first knew of the first signal: one command, both times and the way; lk.bakker never appears")
    func directorFirstKnew() throws {
        let events = try ExampleLogbook.events()
        let signal = try #require(events.first { $0.stream == "case/2026-014" && $0.type == "signal.recorded" })
        let shared = try #require(events.first { $0.stream == "case/2026-014" && $0.type == "information.shared" })
        let answer = try ExampleLogbook.json(["knowledge", "--case", "2026-014", "--seq", "\(signal.seq)", "--json"])
        let edges = answer["edges"]?.arrayValue ?? []
        let director = try #require(edges.first { $0["knower"]?["actor"]?.stringValue == "dir.jansen" })
        #expect(director["way"]?.stringValue == "told" && director["toldBy"]?.stringValue == "ib.devries")
        #expect(director["since"]?.stringValue == "2026-09-11" && director["loggedAt"]?.stringValue == shared.recordedAt.description)
        #expect(director["via"]?.integerValue == Int64(shared.seq))
        #expect(!edges.contains { $0["knower"]?["actor"]?.stringValue == "lk.bakker" })
        let text = try ExampleLogbook.run(["knowledge", "--case", "2026-014", "--seq", "\(signal.seq)"])
        #expect(text.stdout.contains(
            "De directeur (dir.jansen) weet van signaal #\(signal.seq) sinds 11 september 2026: verteld door ib.devries in een gesprek (seq \(shared.seq), vastgelegd 11 september 2026)."))
        let before = try ExampleLogbook.json(["knowledge", "--case", "2026-014", "--seq", "\(signal.seq)", "--as-of", "\(shared.seq - 1)", "--json"])
        #expect(!(before["edges"]?.arrayValue ?? []).contains { $0["knower"]?["actor"]?.stringValue == "dir.jansen" })
        let inTheWorld = try ExampleLogbook.json(["knowledge", "--case", "2026-014", "--seq", "\(signal.seq)", "--on", "2026-09-10", "--json"])
        #expect((inTheWorld["edges"]?.arrayValue ?? []).compactMap { $0["knower"]?["actor"]?.stringValue } == ["lk.visser"])
    }

    @Test("--known-on before a case was opened leaves it out of every projection; --as-of with --known-on is a usage error; a party no one knew of is refused")
    func knownOnBeforeOpening() throws {
        #expect(try ExampleLogbook.json(["findings", "--json", "--known-on", "2026-09-08"]).arrayValue?.isEmpty == true)
        #expect(try ExampleLogbook.run(["case", "show", "2026-019", "--known-on", "2026-10-01"]).status == 1)
        #expect(try ExampleLogbook.run(["knowledge", "--case", "2026-019", "--known-on", "2026-10-01"]).status == 1)
        #expect(try ExampleLogbook.json(["status", "--json", "--known-on", "2026-10-01"])["openCases"]?.arrayValue?.count == 1)
        #expect(try ExampleLogbook.run(["case", "list", "--as-of", "3", "--known-on", "2026-10-01"]).status == 2)
        #expect(try ExampleLogbook.run(["knowledge", "--case", "2026-014", "--seq", "3", "--person", "dir.jansen"]).status == 2)
        #expect(try ExampleLogbook.run(["knowledge", "--case", "2026-014", "--known-on", "1 oktober"]).status == 2)
        #expect(try ExampleLogbook.run(["knowledge", "--case", "2026-014", "--party", "politie"]).status == 1)
        let parents = try ExampleLogbook.json(["knowledge", "--case", "2026-014", "--party", "moeder", "--json"])
        #expect((parents["edges"]?.arrayValue ?? []).allSatisfy { $0["knower"]?["party"]?.stringValue == "moeder" })
        #expect(parents["edges"]?.arrayValue?.isEmpty == false)
    }
}
