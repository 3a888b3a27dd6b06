import Foundation
import Ledger
import Meldcode
import Testing

/// The example school of `tools/examples`, built once by `logboek-examples` and shared read-only by the tests.
enum ExampleLogbook {
    /// The example folder of the repository.
    static let examples = Repository.root.appendingPathComponent("tools/examples")

    /// The built logbook's folder.
    static var directory: URL { get throws { try built.get() } }

    private static let built: Result<URL, any Error> = Result {
        let directory = try TemporaryFolder.make().appendingPathComponent("klimtoren")
        let builder = CLI.binary.deletingLastPathComponent().appendingPathComponent("logboek-examples").path
        let result = try CLI.run([directory.path, "--examples", examples.path], executable: builder)
        guard result.status == 0 else { throw SetupFailure(result: result) }
        return directory
    }

    /// Runs `logboek` read-only on the example logbook.
    static func run(_ arguments: [String]) throws -> CLIResult {
        try CLI.run(arguments + ["--logbook", try directory.path])
    }

    /// The JSON a successful run printed.
    static func json(_ arguments: [String]) throws -> JSONValue {
        let result = try run(arguments)
        try #require(result.status == 0, "\(arguments): \(result.stderr)")
        return try CanonicalJSON.parse(Array(result.stdout.utf8))
    }

    /// Every event of the example log, as the meldcode folds it.
    static func events() throws -> [RecordedEvent] {
        var events = [RecordedEvent]()
        let log = try directory.appendingPathComponent("log.jsonl")
        let report = try Verifier().verify(logAt: log, onEvent: { events.append(RecordedEvent($0)) })
        try #require(report.isValid)
        return events
    }
}
