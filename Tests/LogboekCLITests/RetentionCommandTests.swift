import Foundation
import Testing

@Suite("retention")
struct RetentionCommandTests {
    @Test("Lists a closed case only once its retention period has passed; --run erases it; an open case is never listed")
    func retention() throws {
        let logbook = try CLILogbook()
        for id in ["2026-001", "2026-002"] {
            let open = ["case", "open", id, "--child-ref", "LL-\(id)", "--child-name", "Sara", "--birth-date", "2017-03-14", "--reason", "Zorgen.", "--opened-on", "2026-01-05"]
            try #require(try logbook.run(open, as: "ib.devries").status == 0)
        }
        let close = ["record", "case.closed", "--case", "2026-001", "--reason", "no-concern", "--explanation", "Geen zorg.", "--closed-on", "2026-01-10"]
        let closed = try logbook.run(close, as: "ib.devries")
        try #require(closed.status == 0, "\(closed.stderr)")

        let today = try logbook.run(["retention", "--json"])
        #expect(today.status == 0 && today.stdout == "[]\n", "\(today.stdout)\(today.stderr)")
        let later = try logbook.run(["retention", "--on", "2099-01-01"])
        #expect(later.status == 0, "\(later.stderr)")
        #expect(later.stdout.hasPrefix("2026-001\tclosed ") && !later.stdout.contains("2026-002"), "\(later.stdout)")

        let listed = try #require(try JSONSerialization.jsonObject(with: Data(try logbook.run(["retention", "--on", "2099-01-01", "--json"]).stdout.utf8)) as? [[String: Any]])
        let dueOn = try #require(listed.first?["dueOn"] as? String)
        let closedOn = try #require(listed.first?["closedOn"] as? String)
        #expect(dueOn.dropFirst(4) == closedOn.dropFirst(4) && Int(dueOn.prefix(4)) ?? 0 > Int(closedOn.prefix(4)) ?? 0)
        #expect(try logbook.run(["retention", "--on", dueOn]).stdout.hasPrefix("2026-001\t"))
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        let dayBefore = formatter.string(from: try #require(formatter.date(from: dueOn)).addingTimeInterval(-86_400))
        #expect(try logbook.run(["retention", "--on", dayBefore]).stdout.isEmpty)
        let noReason = try logbook.run(["retention", "--on", "2099-01-01", "--run"], as: "dir.jansen")
        #expect(noReason.status == 2, "\(noReason.stderr)")
        let run = try logbook.run(["retention", "--on", "2099-01-01", "--run", "--reason", "Bewaartermijn verstreken."], as: "dir.jansen")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("erased: destroyed "), "\(run.stdout)")
        #expect(try logbook.run(["case", "show", "2026-001"], as: "ib.devries").status == 1)
        #expect(try logbook.run(["case", "show", "2026-002"], as: "ib.devries").status == 0)
        #expect(try logbook.run(["retention", "--on", "2099-01-01", "--json"]).stdout == "[]\n")
        #expect(try logbook.run(["retention", "--on", "2099-13-01"]).status == 2)
    }
}
