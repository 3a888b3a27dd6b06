import Ledger
import Testing
@testable import Meldcode

/// As-of replay: the state and findings of a case as of seq N are those of a fresh fold of the events up to N.
@Suite("As-of replay")
struct ReplayTests {
    /// The fixture case appended to a real log, and the log's events as the meldcode folds them.
    private func fixtureLog() throws -> (logbook: MeldcodeLogbook, events: [RecordedEvent]) {
        let logbook = try MeldcodeLogbook()
        try logbook.record(CaseFixture.drafts)
        return (logbook, try Self.events(of: logbook))
    }

    static func events(of logbook: MeldcodeLogbook) throws -> [RecordedEvent] {
        var events = [RecordedEvent]()
        let report = try Verifier(checksSignatures: false).verify(logAt: logbook.layout.log, onEvent: { events.append(RecordedEvent($0)) })
        #expect(report.isValid)
        return events
    }

    /// A fold of the case's events with seq ≤ N, written independently of the replay.
    private func freshFold(_ id: String, _ events: [RecordedEvent], through seq: Int) -> CaseState {
        CaseState(id: id, events: events.filter { $0.seq <= seq && $0.stream == CaseStream.name(of: id) })
    }

    @Test("At every seq of the fixture case on a real log, the replay equals a fresh fold of the prefix, judged on the day of event N (issue 4)")
    func everySeqOfTheFixture() throws {
        let (_, events) = try fixtureLog()
        let id = "2026-001"
        for event in events {
            let snapshot = CaseReplay.snapshot(of: id, in: events, asOf: event.seq, actorRoles: CaseScript.roles)
            guard event.seq >= CaseFixture.firstSeq else {
                #expect(snapshot == nil)
                continue
            }
            let replayed = try #require(snapshot)
            let fresh = freshFold(id, events, through: event.seq)
            #expect(replayed.state == fresh, "seq \(event.seq)")
            #expect(replayed.asOf == event.seq && replayed.day == CalendarDay(event.recordedAt))
            let context = FindingContext(profile: .basismodel, actorRoles: CaseScript.roles, day: CalendarDay(event.recordedAt))
            #expect(replayed.findings == fresh.findings(in: context), "seq \(event.seq)")
            #expect(CaseReplay.cases(in: events, asOf: event.seq).cases[id] == fresh)
        }
    }

    @Test("At every seq of the correct case, state, pending actions and findings equal a fresh fold of the prefix (seed 002)")
    func everySeqOfTheCorrectCase() throws {
        let events = CaseScript.correct.events
        for event in events {
            let replayed = try #require(CaseReplay.snapshot(of: CaseScript.caseID, in: events, asOf: event.seq, actorRoles: CaseScript.roles))
            let fresh = freshFold(CaseScript.caseID, events, through: event.seq)
            #expect(replayed.state == fresh)
            #expect(replayed.pendingActions == fresh.pendingActions(under: .basismodel))
            let context = FindingContext(profile: .basismodel, actorRoles: CaseScript.roles, day: CalendarDay(event.recordedAt))
            #expect(replayed.findings == fresh.findings(in: context))
        }
    }

    @Test("Overdue is judged on the day of event N unless a day is given (seed 002_98403fc803802b4b.txt line 249)")
    func overdueOnTheDayOfN() throws {
        let script = CaseScript.correct.through("melding.made")
            .appending(CaseScript.line("note.recorded", "2026-11-12", ["text": "Nog niets van Veilig Thuis gehoord."]))
        let events = script.events
        let atMelding = try #require(CaseReplay.snapshot(of: CaseScript.caseID, in: events, asOf: 19, actorRoles: CaseScript.roles))
        #expect(atMelding.day == CaseScript.day("2026-11-03"))
        #expect(!atMelding.findings.contains { $0.code == .veiligThuisFeedbackOverdue })
        let atNote = try #require(CaseReplay.snapshot(of: CaseScript.caseID, in: events, asOf: 20, actorRoles: CaseScript.roles))
        #expect(atNote.findings.contains { $0.code == .veiligThuisFeedbackOverdue })
        let earlier = try #require(CaseReplay.snapshot(
            of: CaseScript.caseID, in: events, asOf: 20, actorRoles: CaseScript.roles, on: CaseScript.day("2026-11-10")))
        #expect(!earlier.findings.contains { $0.code == .veiligThuisFeedbackOverdue })
        #expect(earlier.pendingActions.map { $0.json(on: earlier.day)["overdue"] } == [.bool(false)])
    }

    @Test("The profile in force at N judges the findings: the basismodel before an adoption, the adopted profile after it (issue 4)")
    func profileInForce() throws {
        let (logbook, _) = try fixtureLog()
        let adoption = ProfileAdoption.draft(adopting: .klimtoren, reason: "Vastgesteld door het bestuur.")
        try logbook.record([adoption], by: "dir.jansen")
        var ledgerEvents = [Event]()
        _ = try Verifier(checksSignatures: false).verify(logAt: logbook.layout.log, onEvent: { ledgerEvents.append($0) })
        let profiles = try ProfileHistory(ledgerEvents)
        let events = ledgerEvents.map(RecordedEvent.init)
        let adoptedAt = try #require(events.last?.seq)
        let before = try #require(CaseReplay.snapshot(of: "2026-001", in: events, asOf: adoptedAt - 1, profiles: profiles, actorRoles: CaseScript.roles))
        let after = try #require(CaseReplay.snapshot(of: "2026-001", in: events, asOf: adoptedAt, profiles: profiles, actorRoles: CaseScript.roles))
        #expect(before.profileName == "basismodel" && after.profileName == "klimtoren")
        #expect(before.state == after.state)
        #expect(before.findings != after.findings)
    }
}

/// All cases of a logbook judged at once, as the status and findings overviews list them.
@Suite("All cases")
struct AllCasesTests {
    @Test("Each case gets its own pending actions and findings, ordered by case id (seed 002_98403fc803802b4b.txt line 249)")
    func snapshots() throws {
        let waiting = CaseScript.correct.through("melding.made").events
        let opened = try #require(waiting.first)
        let other = [RecordedEvent(seq: 100, recordedAt: opened.recordedAt, author: opened.author, type: opened.type, stream: "case/2026-000", payload: opened.payload)]
        let states = CaseStates(waiting + other)
        let context = FindingContext(profile: .klimtoren, actorRoles: CaseScript.roles, day: CaseScript.day("2026-11-30"))
        let snapshots = states.snapshots(in: context)
        #expect(snapshots.map(\.state.id) == ["2026-000", CaseScript.caseID])
        #expect(snapshots.map(\.asOf) == [100, 100])
        #expect(snapshots[0].pendingActions.isEmpty && snapshots[0].findings.isEmpty)
        #expect(snapshots[1].pendingActions.map(\.kind) == [.veiligThuisFeedback])
        #expect(snapshots[1].findings.map(\.code) == [.veiligThuisFeedbackOverdue])
    }
}
