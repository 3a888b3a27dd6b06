import Foundation
import Ledger
import Meldcode
import Testing

/// The three example cases of `tools/examples`, built by `logboek-examples`, read back through the case
/// commands: each ends as its story says, with no findings, and replays at every seq as a fold of the
/// events up to that seq.
@Suite("Example cases")
struct ExampleCaseTests {
    static func show(_ id: String, _ extra: [String] = []) throws -> JSONValue {
        try ExampleLogbook.json(["case", "show", id, "--json"] + extra)
    }

    @Test("The example school's logbook verifies, and its events match their schemas")
    func verifies() throws {
        let result = try ExampleLogbook.run(["verify"])
        #expect(result.status == 0, "\(result.stderr)")
        try Repository.keepForSchemaValidation(
            try Data(contentsOf: try ExampleLogbook.directory.appendingPathComponent("log.jsonl")), prefix: "examples")
    }

    @Test("(a) 001/002: the conversation with the parents takes the concern away; hypothesis refuted, afweging 1 no concern, case closed")
    func concernTakenAway() throws {
        let snapshot = try Self.show("2026-011")
        #expect(snapshot["state"]?["status"]?.stringValue == "closed")
        #expect(snapshot["state"]?["hypotheses"]?.arrayValue?.map { $0["status"]?.stringValue } == ["refuted"])
        #expect(snapshot["state"]?["route"]?["requires"]?["action"]?.stringValue == "record-and-close")
        #expect(snapshot["state"]?["route"]?["requires"]?["met"]?.boolValue == true)
        #expect(snapshot["findings"]?.arrayValue?.isEmpty == true)
    }

    @Test("(b) 002 Bijlage 1: help with a term and a case manager fails within its term; melding under meldnorm C")
    func meldnormC() throws {
        let snapshot = try Self.show("2026-014")
        #expect(snapshot["state"]?["status"]?.stringValue == "melding-made")
        #expect(snapshot["state"]?["route"]?["requires"]?["action"]?.stringValue == "melding")
        #expect(snapshot["state"]?["route"]?["requires"]?["meldnorm"]?.stringValue == "C")
        #expect(snapshot["state"]?["route"]?["requires"]?["met"]?.boolValue == true)
        #expect(snapshot["findings"]?.arrayValue?.isEmpty == true)
    }

    @Test("(c) 002/001: disclosure of acute violence; melding the same day under meldnorm A, parents' conversation skipped for safety")
    func acuteDisclosure() throws {
        let snapshot = try Self.show("2026-019")
        #expect(snapshot["state"]?["status"]?.stringValue == "melding-made")
        #expect(snapshot["state"]?["route"]?["requires"]?["action"]?.stringValue == "melding-now")
        #expect(snapshot["state"]?["route"]?["requires"]?["meldnorm"]?.stringValue == "A")
        #expect(snapshot["state"]?["route"]?["requires"]?["met"]?.boolValue == true)
        #expect(snapshot["childAge"]?.integerValue == 12)
        #expect(snapshot["findings"]?.arrayValue?.isEmpty == true)
    }

    @Test("case show --as-of at every seq of the examples equals a fold of the events up to that seq")
    func replayAtEverySeq() throws {
        let events = try ExampleLogbook.events()
        let roles = try Self.roles()
        var adoptions = [Event]()
        _ = try Verifier().verify(logAt: try ExampleLogbook.directory.appendingPathComponent("log.jsonl"), onEvent: { event in
            if event.header.type == ProfileAdoption.eventType { adoptions.append(event) }
        })
        let profiles = try ProfileHistory(adoptions)
        var compared = 0
        for event in events {
            for id in CaseStates(events, through: event.seq).ids {
                let expected = try #require(CaseReplay.snapshot(of: id, in: events, asOf: event.seq, profiles: profiles, actorRoles: roles))
                #expect(try Self.show(id, ["--as-of", "\(event.seq)"]) == expected.json, "case \(id) as of seq \(event.seq)")
                compared += 1
            }
        }
        #expect(compared > events.count)
    }

    @Test("002 line 249: as of the melding in (b), judged after five working days, the Veilig Thuis feedback is overdue")
    func feedbackOverdue() throws {
        let melding = try #require(try ExampleLogbook.events().first { $0.stream == "case/2026-014" && $0.type == "melding.made" })
        let status = try ExampleLogbook.json(["status", "--json", "--as-of", "\(melding.seq)", "--on", "2026-11-20"])
        let pending = try #require(status["pending"]?.arrayValue?.first { $0["case"]?.stringValue == "2026-014" })
        #expect(pending["kind"]?.stringValue == "veiligthuis-feedback")
        #expect(pending["due"]?.stringValue == "2026-11-10")
        #expect(pending["overdue"]?.boolValue == true)
        let findings = try ExampleLogbook.json(["findings", "--json", "--case", "2026-014", "--as-of", "\(melding.seq)", "--on", "2026-11-20"])
        #expect(findings.arrayValue?.compactMap { $0["code"]?.stringValue } == ["veiligthuis-feedback-overdue"])
        let onTime = try ExampleLogbook.json(["findings", "--json", "--case", "2026-014", "--as-of", "\(melding.seq)", "--on", "2026-11-10"])
        #expect(onTime.arrayValue?.isEmpty == true)
    }

    @Test("case list shows the three cases; --open leaves out the closed one")
    func list() throws {
        let all = try ExampleLogbook.json(["case", "list", "--json"]).arrayValue?.compactMap { $0["id"]?.stringValue }
        #expect(all == ["2026-011", "2026-014", "2026-019"])
        let open = try ExampleLogbook.json(["case", "list", "--open", "--json"]).arrayValue?.compactMap { $0["id"]?.stringValue }
        #expect(open == ["2026-014", "2026-019"])
    }

    @Test("An unknown case exits 1; --as-of beyond the log and a bad --on day exit 2")
    func refusals() throws {
        #expect(try ExampleLogbook.run(["case", "show", "2099-001"]).status == 1)
        #expect(try ExampleLogbook.run(["case", "show", "2026-011", "--as-of", "100000"]).status == 2)
        #expect(try ExampleLogbook.run(["status", "--on", "23-11-2026"]).status == 2)
    }

    static func roles() throws -> [String: Set<Role>] {
        let log = try ExampleLogbook.directory.appendingPathComponent("log.jsonl")
        let state = try #require(try Verifier().verify(logAt: log).state)
        return state.registry.actors.mapValues { Set($0.profile.roles) }
    }
}
