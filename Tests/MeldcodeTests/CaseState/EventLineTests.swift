import Ledger
import Testing
@testable import Meldcode

/// Each event of a case in one line: seq, Dutch name, the day it records, author and a summary.
@Suite("Event lines")
struct EventLineTests {
    @Test("A signal reads as seq, Dutch name, observed day, author and its description")
    func signal() throws {
        let state = CaseScript.correct.through("signal.recorded").state
        let line = try #require(state.eventLines.last)
        #expect(line.text == "#5 signaal vastgelegd 2026-09-07 (lk.bakker): 'Blauwe plek op de arm.'")
    }

    @Test("A decision leads with its question and answer; a decision that does not stand is marked")
    func decision() throws {
        let proposed = CaseScript.correct.moving("decision.recorded", occurrence: 2, by: "ib.devries").through("decision.recorded", occurrence: 2)
        let line = try #require(proposed.state.eventLines.last)
        #expect(line.text.hasPrefix("#17 besluit 2026-11-02 (ib.devries): melden ja · 'De hulp stopt de onveiligheid niet.'"))
        #expect(line.remark == "voorgesteld, niet bevestigd")
        let signed = try #require(CaseScript.correct.through("decision.recorded", occurrence: 2).state.eventLines.last)
        #expect(signed.remark == nil)
    }

    @Test("Long or multi-line text is cut to one short line")
    func longText() throws {
        let long = String(repeating: "woord ", count: 30) + "\neinde"
        let script = CaseScript.correct.through("signal.recorded").changing("signal.recorded", ["description": .string(long)])
        let line = try #require(script.state.eventLines.last)
        #expect(!line.text.contains("\n") && line.summary.count <= EventLine.quoteLimit + 2 && line.summary.hasSuffix("…'"))
    }
}
