import Foundation
import Ledger
import Sodium

/// What `logboek unlock` saves: `case show --as` on the example school's case 2026-019 as built (14 events) and
/// grown to 1 000 events, with the reader's keys opened by the passphrase (Argon2id) and by the kernel keyring,
/// end to end as child processes; and the opening of the keys alone, in this process.
struct UnlockFigures {
    /// The case measured, its reader and the reader's passphrase (from `tools/examples/school.json`).
    static let caseID = "2026-019", reader = "ib.devries", passphrase = "ib-geheim-123"

    /// One measured figure, in milliseconds.
    struct Row {
        let name: String
        let milliseconds: Double
    }

    let rows: [Row]
    /// `case show --as` of the grown case with the keys unlocked.
    let largeCaseUnlocked: Double

    /// Builds the example school in `directory` with `logboek-examples` (beside this program) from `tools/examples`,
    /// measures, grows case 2026-019 to `events` events with `logboek append --batch` (notes), and measures again.
    /// Unlocks the reader's keys and locks them again before returning.
    static func measure(events: Int, in directory: URL) throws -> UnlockFigures {
        progress("case show --as on the example school's case \(caseID), as built and grown to \(events) events, with and without unlock")
        let school = try buildExampleSchool(in: directory)
        let logbook = ["--logbook", school.directory.path], show = ["case", "show", caseID, "--as", reader]
        let small = try timings(of: show + logbook, in: school)
        try grow(school, to: events, batch: directory.appendingPathComponent("notes.jsonl"))
        let large = try timings(of: show + logbook, in: school)
        let store = KeyStore(layout: school)
        let withPassphrase = try median { try Stopwatch.time { _ = try store.keys(for: reader, passphrase: try SecretBytes(copying: passphrase)) } }
        _ = try run(["unlock", "--as", reader, "--minutes", "5", "--user-wide"] + logbook, passphrase: passphrase)
        defer { _ = try? run(["lock"] + logbook) }
        let unlocked = try UnlockedKeys(layout: school)
        let fromKeyring = try median {
            try Stopwatch.time {
                guard try unlocked.keys(for: reader, registry: { try LogWriter(opening: school).state.registry }) != nil else {
                    throw CocoaError(.keyValueValidation)
                }
            }
        }
        return UnlockFigures(
            rows: [
                Row(name: "case show --as, 14-event case, passphrase", milliseconds: small.passphrase),
                Row(name: "case show --as, 14-event case, unlocked", milliseconds: small.unlocked),
                Row(name: "case show --as, \(events)-event case, passphrase", milliseconds: large.passphrase),
                Row(name: "case show --as, \(events)-event case, unlocked", milliseconds: large.unlocked),
                Row(name: "  keys opened with the passphrase (Argon2id)", milliseconds: withPassphrase),
                Row(name: "  keys opened unlocked, checked", milliseconds: fromKeyring),
            ],
            largeCaseUnlocked: large.unlocked)
    }

    /// The median milliseconds of a command with the passphrase in the environment, and after `unlock`.
    private static func timings(of command: [String], in school: LogbookLayout) throws -> (passphrase: Double, unlocked: Double) {
        let logbook = ["--logbook", school.directory.path]
        let withPassphrase = try median { try run(command, passphrase: passphrase) }
        _ = try run(["unlock", "--as", reader, "--minutes", "5", "--user-wide"] + logbook, passphrase: passphrase)
        defer { _ = try? run(["lock"] + logbook) }
        return (withPassphrase, try median { try run(command) })
    }

    /// The example school's logbook, built by `logboek-examples`.
    private static func buildExampleSchool(in directory: URL) throws -> LogbookLayout {
        let school = directory.appendingPathComponent("klimtoren")
        let build = Process()
        build.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("logboek-examples")
        build.arguments = [school.path, "--examples", "tools/examples"]
        build.standardOutput = FileHandle.nullDevice
        try build.run()
        build.waitUntilExit()
        guard build.terminationStatus == 0 else { throw CocoaError(.executableLoad, userInfo: ["arguments": "logboek-examples"]) }
        return LogbookLayout(directory: school)
    }

    /// Adds notes to the case, recorded by its reader in one `append --batch`, until it has `events` events.
    private static func grow(_ school: LogbookLayout, to events: Int, batch: URL) throws {
        let logbook = ["--logbook", school.directory.path]
        let count = try LogWriter(opening: school).events(inStream: "case/\(caseID)").count
        let lines = (count..<events).map { index in
            #"{"type":EventType.noteRecorded,"stream":"case/\#(caseID)","payload":{"text":"Contact \#(index).","contactOn":"2026-11-27"}}"#
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: batch)
        _ = try run(["append", "--batch", batch.path, "--as", reader] + logbook, passphrase: passphrase)
    }

    /// The median of five runs, in milliseconds.
    private static func median(_ seconds: () throws -> Double) throws -> Double {
        try (0..<5).map { _ in try seconds() }.sorted()[2] * 1000
    }

    /// Runs `logboek` as a child process, its output discarded, and returns its wall-clock seconds; it must succeed.
    private static func run(_ arguments: [String], passphrase: String? = nil) throws -> Double {
        let run = try TimedRun.run(arguments, environment: passphrase.map { ["LOGBOEK_PASSPHRASE": $0] } ?? [:])
        guard run.status == 0 else { throw CocoaError(.executableLoad, userInfo: ["arguments": arguments.joined(separator: " ")]) }
        return run.seconds
    }
}
