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

    /// The coordinator the tests read the example cases as (a member of every case by their role).
    static let reader = (id: "ib.devries", passphrase: "ib-geheim-123")

    /// Runs `logboek` on a fresh copy of the example logbook (reads append `case.viewed`, so each run starts
    /// from the logbook as built), reading as ``reader`` when the command reads case content and names no reader.
    static func run(_ arguments: [String]) throws -> CLIResult {
        let copy = try copy()
        let reads = MemberReading.needsReader(arguments)
        return try CLI.run(
            arguments + ["--logbook", copy.path] + (reads ? ["--as", reader.id] : []),
            environment: reads ? ["LOGBOEK_PASSPHRASE": reader.passphrase] : [:])
    }

    /// A fresh copy of the example logbook, for a test that writes to it.
    static func copy() throws -> URL {
        let copy = try TemporaryFolder.make().appendingPathComponent("klimtoren")
        let copied = try CLI.run(["-R", try directory.path, copy.path], executable: "/bin/cp")
        guard copied.status == 0 else { throw SetupFailure(result: copied) }
        return copy
    }

    /// The JSON a successful run printed.
    static func json(_ arguments: [String]) throws -> JSONValue {
        let result = try run(arguments)
        try #require(result.status == 0, "\(arguments): \(result.stderr)")
        return try CanonicalJSON.parse(Array(result.stdout.utf8))
    }

    /// Every event of the example log as the meldcode folds it, case content opened with ``reader``'s keys.
    static func events() throws -> [RecordedEvent] { try opened.get() }

    private static let opened: Result<[RecordedEvent], any Error> = Result {
        let layout = LogbookLayout(directory: try directory)
        let content = try MemberReading.content(of: layout.directory, as: reader.id, passphrase: reader.passphrase)
        var stored = [Event]()
        let report = try Verifier().verify(logAt: layout.log, onEvent: { stored.append($0) })
        try #require(report.isValid)
        return try stored.map { try content.recorded($0) }
    }
}
