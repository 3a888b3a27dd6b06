import Foundation
import Ledger
import Meldcode
import Testing

/// The listings of the example school read the sealed per-case summaries, and show what the full replay of every
/// case's events shows; the commands answer the same with the summaries as without them.
@Suite("Listings from summaries")
struct ListingSummaryTests {
    /// A copy of the example logbook.
    private static func copy() throws -> URL {
        let copy = try TemporaryFolder.make().appendingPathComponent("klimtoren")
        let copied = try CLI.run(["-R", try ExampleLogbook.directory.path, copy.path], executable: "/bin/cp")
        try #require(copied.status == 0)
        return copy
    }

    private static func session(_ directory: URL) throws -> CaseSession {
        let layout = LogbookLayout(directory: directory)
        let reader = ExampleLogbook.reader
        let keys = try KeyStore(layout: layout).keys(for: reader.id, passphrase: try Secret(copying: reader.passphrase))
        return try CaseSession(
            writer: try LogWriter(opening: layout, lockTimeout: 30, rules: CaseAuthority()), reader: reader.id, keys: keys, clock: SystemClock())
    }

    @Test("On the example school, every case's summary equals its replay from events, written on the first listing and read on the next")
    func exampleSchool() throws {
        let directory = try Self.copy()
        let day = try #require(CalendarDay("2026-11-20"))
        var replayed = [CaseSummary]()
        var first = [CaseSummary]()
        do {
            let session = try Self.session(directory)
            try session.forEachSnapshot(on: day) { replayed.append(CaseSummary($0)) }
            try session.forEachSummary(on: day) { first.append($0) }
        }
        #expect(!replayed.isEmpty && first == replayed)
        let session = try Self.session(directory)
        var second = [CaseSummary]()
        try session.forEachSummary(on: day) { second.append($0) }
        #expect(second == replayed && session.content.reads.isEmpty)
    }

    @Test("status, findings and case list --as answer the same from summaries, without them, and after their own reads")
    func commands() throws {
        let directory = try Self.copy()
        let reader = ExampleLogbook.reader
        func run(_ arguments: [String]) throws -> String {
            let result = try CLI.run(
                arguments + ["--json", "--on", "2026-11-20", "--logbook", directory.path, "--as", reader.id],
                environment: ["LOGBOEK_PASSPHRASE": reader.passphrase])
            try #require(result.status == 0, "\(arguments): \(result.stderr)")
            return result.stdout
        }
        func listing() throws -> JSONValue {
            // Each run's reads add a case.viewed to every case, so the last seqs move on; the rest must not.
            let cases = try CanonicalJSON.parse(Array(try run(["case", "list"]).utf8)).arrayValue ?? []
            return .array(cases.map { .object(($0.objectValue ?? [:]).filter { $0.key != "lastSeq" }) })
        }
        let summaries = LogbookLayout(directory: directory).state.appendingPathComponent("summaries")
        let fromEvents = (try run(["status"]), try run(["findings"]), try listing())
        #expect(FileManager.default.fileExists(atPath: summaries.path))
        let fromSummaries = (try run(["status"]), try run(["findings"]), try listing())
        try FileManager.default.removeItem(at: summaries)
        let rebuilt = (try run(["status"]), try run(["findings"]), try listing())
        #expect(fromEvents == fromSummaries && fromSummaries == rebuilt)
        #expect(fromEvents.0.contains("openCases") && fromEvents.2.arrayValue?.isEmpty == false)
    }
}
