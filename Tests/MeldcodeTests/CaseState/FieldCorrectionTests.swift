import Ledger
import Testing
@testable import Meldcode

/// A correction names the member and its new value; every projection folds the corrected value and the original
/// stays visible as corrected (nothing in the log is edited: a correction is a new event).
@Suite("Corrections that name a member")
struct FieldCorrectionTests {
    /// The overblijfmoeder's signal (seq 6), entered on 20 September with 8 September as the day she told the school.
    static let late = CaseScript.correct.changing("signal.recorded", occurrence: 1, [
        "observedOn": "2026-09-01", "source": .object(["kind": "third-party", "party": "overblijfmoeder", "date": "2026-09-08"]),
    ]).moving("signal.recorded", occurrence: 1, to: "2026-09-20")

    static func correction(_ field: String, _ value: String, on day: String = "2026-11-20") -> CaseScript.Line {
        CaseScript.line("record.corrected", day, [
            "corrects": 6, "correction": "Zij belde op 17 september, niet op 8 september.", "field": .string(field), "value": .string(value),
            "reason": "Datum verkeerd overgenomen.", "correctedOn": .string(day),
        ])
    }

    @Test("A corrected date reaches knowledge, the late-record finding and the case's corrections, with the original beside it")
    func correctedDate() throws {
        #expect(Self.late.findings(.lateRecord).first?.seqs == [6])
        let corrected = Self.late.appending(Self.correction("source.date", "2026-09-17"))
        #expect(corrected.findings(.lateRecord).isEmpty)
        #expect(corrected.state.knownDay(of: 6) == CaseScript.day("2026-09-17"))
        let edge = try #require(CaseKnowledge(id: CaseScript.caseID, events: corrected.events).edges.first { $0.seq == 6 && $0.via == 6 && $0.knower == .actor("lk.bakker") })
        #expect(edge.since == CaseScript.day("2026-09-17"))
        let record = try #require(corrected.state.corrections.first)
        #expect(record.dutchChange == "datum van de informatie: 2026-09-08 → 2026-09-17")
        #expect(corrected.state.event(at: 6)?.payload["source"]?["date"] == "2026-09-08")
        #expect(corrected.state.payload(at: 6)?["source"]?["date"] == "2026-09-17")
    }

    @Test("A member may be named by its flag; a correction in words changes nothing")
    func flagNameAndWords() throws {
        let byFlag = Self.late.appending(Self.correction("--source-date", "2026-09-17"))
        #expect(byFlag.state.knownDay(of: 6) == CaseScript.day("2026-09-17"))
        var words = Self.correction("source.date", "x")
        words.payload["field"] = nil
        words.payload["value"] = nil
        #expect(Self.late.appending(words).state.knownDay(of: 6) == CaseScript.day("2026-09-08"))
    }

    @Test("A correction that names no member of the record, or a value that does not fit it, is refused")
    func refused() throws {
        let payload: [String: JSONValue] = ["corrects": 6, "field": "colour", "value": "rood"]
        #expect(throws: FieldCorrectionProblem.self) { try FieldCorrection.resolve(payload, seq: 23, correcting: "signal.recorded") }
        let badDate: [String: JSONValue] = ["corrects": 6, "field": "observed-on", "value": "17 september"]
        #expect(throws: FieldCorrectionProblem.self) {
            try FieldCorrection.resolve(badDate, seq: 23, correcting: "signal.recorded", recordedAt: Timestamp(millisecondsSinceEpoch: 1_800_000_000_000))
        }
        let noValue: [String: JSONValue] = ["corrects": 6, "field": "observed-on"]
        #expect(throws: FieldCorrectionProblem.self) { try FieldCorrection.resolve(noValue, seq: 23, correcting: "signal.recorded") }
        let stance = try #require(try FieldCorrection.resolve(["corrects": 6, "field": "stance", "value": "ontkracht"], seq: 23, correcting: "signal.recorded"))
        #expect(stance.value == "contradicts")
    }

    @Test("A corrected weighing date moves the decision's day in the evaluation")
    func correctedWeighing() throws {
        let corrected = CaseScript.correct.appending(CaseScript.line("record.corrected", "2026-11-20", [
            "corrects": 11, "correction": "Gewogen op 15 september.", "field": "weighedOn", "value": "2026-09-15", "reason": "Typfout.", "correctedOn": "2026-11-20",
        ]))
        let evaluation = try #require(CaseEvaluation.evaluate(CaseScript.caseID, in: corrected.events, actorRoles: CaseScript.roles))
        #expect(evaluation.points.first { $0.event.seq == 11 }?.day == CaseScript.day("2026-09-15"))
    }
}
