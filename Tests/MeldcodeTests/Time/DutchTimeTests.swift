import Foundation
import Ledger
import Testing
@testable import Meldcode

/// Days and times in Europe/Amsterdam, around both changes of summer time.
@Suite("Dutch time")
struct DutchTimeTests {
    static func moment(_ text: String) throws -> Timestamp { try #require(Timestamp(text)) }

    @Test("A moment falls on its Dutch day, on both sides of midnight and of both changes of summer time in 2026", arguments: [
        ("2026-03-28T22:59:59.999Z", "2026-03-28"),  // 23:59:59 CET
        ("2026-03-28T23:30:00.000Z", "2026-03-29"),  // 00:30 CET, the night the clocks go forward
        ("2026-03-29T00:59:59.999Z", "2026-03-29"),  // 01:59:59 CET, just before the change
        ("2026-03-29T01:00:00.000Z", "2026-03-29"),  // 03:00 CEST
        ("2026-03-29T21:59:59.999Z", "2026-03-29"),  // 23:59:59 CEST
        ("2026-03-29T22:00:00.000Z", "2026-03-30"),  // 00:00 CEST: the first midnight of summer time
        ("2026-10-24T21:59:59.999Z", "2026-10-24"),  // 23:59:59 CEST
        ("2026-10-24T22:00:00.000Z", "2026-10-25"),  // 00:00 CEST, the night the clocks go back
        ("2026-10-25T00:59:59.999Z", "2026-10-25"),  // 02:59:59 CEST
        ("2026-10-25T01:00:00.000Z", "2026-10-25"),  // 02:00 CET
        ("2026-10-25T22:59:59.999Z", "2026-10-25"),  // 23:59:59 CET
        ("2026-10-25T23:00:00.000Z", "2026-10-26"),  // 00:00 CET: the first midnight of winter time
        ("1970-01-01T00:00:00.000Z", "1970-01-01"),  // 01:00 CET on the epoch's day
    ])
    func dutchDay(utc: String, day: String) throws {
        #expect(CalendarDay(try Self.moment(utc)).description == day)
    }

    @Test("People read Dutch times, CET in winter and CEST in summer", arguments: [
        ("2026-03-28T23:30:00.000Z", "2026-03-29 00:30:00 CET"), ("2026-03-29T01:00:00.000Z", "2026-03-29 03:00:00 CEST"),
        ("2026-10-25T00:30:00.000Z", "2026-10-25 02:30:00 CEST"), ("2026-10-25T01:30:00.000Z", "2026-10-25 02:30:00 CET"),
        ("2026-11-23T10:15:02.123Z", "2026-11-23 11:15:02 CET"),
    ])
    func dutchText(utc: String, text: String) throws {
        #expect(DutchTime.text(of: try Self.moment(utc)) == text)
    }

    @Test("late-record counts to the Dutch day of recording: 2026-03-28T23:30Z is 29 March, 2026-03-29T22:30Z is Monday 30 March")
    func recordedOnDutchDay() throws {
        let night = try #require(Self.lateRecords(observedOn: "2026-03-19", recordedAt: "2026-03-28T23:30:00.000Z").first)
        #expect(night.message.contains("recorded on 2026-03-29, 6 working days after observedOn 2026-03-19"), "\(night.message)")
        // Observed on Sunday 22 March: five working days by Sunday 29 March, six once Monday has begun in Amsterdam.
        #expect(try Self.lateRecords(observedOn: "2026-03-22", recordedAt: "2026-03-29T21:59:59.999Z").isEmpty)
        let monday = try #require(Self.lateRecords(observedOn: "2026-03-22", recordedAt: "2026-03-29T22:30:00.000Z").first)
        #expect(monday.message.contains("recorded on 2026-03-30"), "\(monday.message)")
    }

    /// The late-record findings of a case holding one signal, recorded at a moment.
    static func lateRecords(observedOn: String, recordedAt: String) throws -> [Finding] {
        let opening = try #require(CaseScript.correct.events.first)
        let signal = RecordedEvent(
            seq: opening.seq + 1, recordedAt: try moment(recordedAt), author: "lk.bakker", type: "signal.recorded", stream: opening.stream,
            payload: ["description": "Blauwe plek.", "observedOn": .string(observedOn), "kind": "observation", "stance": "supports",
                      "source": .object(["kind": "self"])])
        let context = FindingContext(profile: .klimtoren, actorRoles: CaseScript.roles, day: CaseScript.day("2026-04-01"))
        return CaseState(id: CaseScript.caseID, events: [opening, signal]).findings(in: context).filter { $0.code == .lateRecord }
    }

    @Test("A date of observation lies in the future only once its Dutch day has begun, in winter and in summer")
    func futureDay() throws {
        let eleventh = CaseScript.day("2026-01-11")
        #expect(eleventh.isAfter(try Self.moment("2026-01-10T22:59:59.999Z")))   // 23:59 on the 10th in Amsterdam
        #expect(!eleventh.isAfter(try Self.moment("2026-01-10T23:00:00.000Z")))  // 00:00 on the 11th
        let july = CaseScript.day("2026-07-11")
        #expect(july.isAfter(try Self.moment("2026-07-10T21:59:59.999Z")))
        #expect(!july.isAfter(try Self.moment("2026-07-10T22:00:00.000Z")))
    }

    @Test("Without a time zone database the EU rule gives the offsets of Europe/Amsterdam at every change from 2000 to 2040")
    func fallbackAgreesWithDatabase() throws {
        let zone = try #require(DutchTime.zone, "the system has no time zone database: run tools/setup")
        var moment = Date(timeIntervalSince1970: 946_684_800)  // 2000-01-01
        let end = Date(timeIntervalSince1970: 2_240_611_200)  // 2041-01-01
        var changes = 0
        while let change = zone.nextDaylightSavingTimeTransition(after: moment), change < end {
            for probe in [change.addingTimeInterval(-1), change, change.addingTimeInterval(3600 * 24 * 60)] {
                let seconds = Int64(probe.timeIntervalSince1970)
                #expect(EUSummerTime.offsetSeconds(atSecondsSinceEpoch: seconds) == zone.secondsFromGMT(for: probe), "\(probe)")
            }
            changes += 1
            moment = change
        }
        #expect(changes == 82)
    }
}
