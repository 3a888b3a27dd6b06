import Foundation
import Testing

@Suite("case grant / case withdraw")
struct CaseAccessCommandTests {
    private func openedCase() throws -> CLILogbook {
        let logbook = try CLILogbook()
        let open = ["case", "open", "2026-001", "--child-ref", "LL-1", "--child-name", "Sara Geheimnaam", "--birth-date", "2017-03-14",
                    "--reason", "Zorgen over blauwe plekken."]
        try #require(try logbook.run(open, as: "ib.devries").status == 0)
        return logbook
    }

    @Test("A teacher who is not a member cannot read; after a grant they can; after a withdrawal they cannot again")
    func grantThenWithdraw() throws {
        let logbook = try openedCase()
        let show = ["case", "show", "2026-001"]
        let refused = try logbook.run(show, as: "lk.bakker")
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(!refused.stderr.contains("Geheimnaam") && !refused.stdout.contains("Geheimnaam"))

        let grant = try logbook.run(["case", "grant", "lk.bakker", "--case", "2026-001", "--reason", "Mentor van het kind."], as: "ib.devries")
        #expect(grant.status == 0, "\(grant.stderr)")
        let granted = try logbook.run(show, as: "lk.bakker")
        #expect(granted.status == 0, "\(granted.stderr)")
        #expect(granted.stdout.contains("Geheimnaam"))

        let withdraw = try logbook.run(["case", "withdraw", "lk.bakker", "--case", "2026-001", "--reason", "Geen mentor meer."], as: "ib.devries")
        #expect(withdraw.status == 0, "\(withdraw.stderr)")
        let after = try logbook.run(show, as: "lk.bakker")
        #expect(after.status == 1, "\(after.stderr)")
        #expect(!after.stderr.contains("Geheimnaam"))
        #expect(try logbook.run(show, as: "ib.devries").status == 0)

        let log = try #require(String(data: try logbook.log, encoding: .utf8))
        #expect(!log.contains("Geheimnaam") && !log.contains("blauwe plekken"))
        // A grant lives in stream logbook, in plain text, so that the verifier knows who may sign in the case.
        #expect(log.split(separator: "\n").contains { $0.contains(#""stream":"logbook""#) && $0.contains(#""type":"case.access_granted""#) && $0.contains("Mentor van het kind") })
        #expect(log.contains(#""epoch":1"#))
    }

    @Test("Only a coordinator grants; an unknown actor and a missing reason are refused without writing")
    func refusals() throws {
        let logbook = try openedCase()
        let before = try logbook.log
        let byTeacher = try logbook.run(["case", "grant", "lk.visser", "--case", "2026-001", "--reason", "x"], as: "lk.bakker")
        #expect(byTeacher.status == 1, "\(byTeacher.stderr)")
        let unknown = try logbook.run(["case", "grant", "lk.nobody", "--case", "2026-001", "--reason", "x"], as: "ib.devries")
        #expect(unknown.status == 1, "\(unknown.stderr)")
        let noReason = try logbook.run(["case", "withdraw", "lk.bakker", "--case", "2026-001"], as: "ib.devries")
        #expect(noReason.status == 2, "\(noReason.stderr)")
        #expect(try logbook.log == before)
    }
}

