import Foundation
import Ledger
import Sodium

/// What `logboek unlock` saves: `case show` on a 1 000-event case, a signing command with its keys opened by the
/// passphrase (Argon2id) and by the kernel keyring, and the opening of the keys alone, in this process.
struct UnlockFigures {
    /// The passphrase the bench's writer gets a key file with.
    static let passphrase = "bench-geheim"

    /// One measured figure, in milliseconds.
    struct Row {
        let name: String
        let milliseconds: Double
    }

    let rows: [Row]
    /// `case show` plus the unlocked opening of the keys: what `case show --as` costs with `unlock`, as long
    /// as `case show` reads without keys.
    let showWithUnlockedKeys: Double

    /// Measures on a logbook of one `events`-event case (see ``CaseFigures/logbook(events:in:)``), whose writer
    /// gets a key file sealed as `actor add` seals it. Unlocks the writer's keys and locks them again before returning.
    static func measure(events: Int, in figures: LogbookFigures) throws -> UnlockFigures {
        progress("case show and checkpoint --as on a \(events)-event case, with and without unlock")
        let layout = try CaseFigures.logbook(events: events, in: figures)
        let store = KeyStore(layout: layout)
        try store.store(figures.key, encryptionKey: figures.encryptionKey, for: figures.author, passphrase: try SecretBytes(copying: passphrase))
        let logbook = ["--logbook", layout.directory.path]
        let show = try median { try run(["case", "show", CaseFigures.caseID, "--json"] + logbook) }
        let checkpoint = ["checkpoint", "--as", figures.author, "--json"] + logbook
        let signedWithPassphrase = try median { try run(checkpoint, passphrase: passphrase) }
        let passphraseOpening = try median {
            try Stopwatch.time { _ = try store.keys(for: figures.author, passphrase: try SecretBytes(copying: passphrase)) }
        }
        _ = try run(["unlock", "--as", figures.author, "--minutes", "5"] + logbook, passphrase: passphrase)
        defer { _ = try? run(["lock"] + logbook) }
        let unlocked = try UnlockedKeys(layout: layout)
        let signedUnlocked = try median { try run(checkpoint) }
        let unlockedOpening = try median {
            try Stopwatch.time {
                guard try unlocked.keys(for: figures.author, registry: { try LogWriter(opening: layout).state.registry }) != nil else {
                    throw CocoaError(.keyValueValidation)
                }
            }
        }
        return UnlockFigures(
            rows: [
                Row(name: "case show, \(events)-event case", milliseconds: show),
                Row(name: "checkpoint --as, passphrase (Argon2id)", milliseconds: signedWithPassphrase),
                Row(name: "checkpoint --as, unlocked", milliseconds: signedUnlocked),
                Row(name: "  keys opened with the passphrase", milliseconds: passphraseOpening),
                Row(name: "  keys opened unlocked, checked", milliseconds: unlockedOpening),
                Row(name: "case show + unlocked keys, \(events) events", milliseconds: show + unlockedOpening),
            ],
            showWithUnlockedKeys: show + unlockedOpening)
    }

    /// `case show` of the example school's case 2026-019, and `record` of a note in it by its IB'er with the keys
    /// opened by the passphrase and by `logboek unlock`, in the logbook `logboek-examples` (beside this program)
    /// builds from `tools/examples`; no rows if that program is not there.
    static func exampleSchool(in directory: URL) throws -> [Row] {
        let builder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("logboek-examples")
        guard FileManager.default.isExecutableFile(atPath: builder.path) else { return [] }
        progress("case show and record on the example school, with and without unlock")
        let school = directory.appendingPathComponent("klimtoren")
        let build = Process()
        build.executableURL = builder
        build.arguments = [school.path, "--examples", "tools/examples"]
        build.standardOutput = FileHandle.nullDevice
        try build.run()
        build.waitUntilExit()
        guard build.terminationStatus == 0 else { throw CocoaError(.executableLoad, userInfo: ["arguments": "logboek-examples"]) }
        let logbook = ["--logbook", school.path], ib = (id: "ib.devries", passphrase: "ib-geheim-123")
        let note = ["record", "note.recorded", "--case", "2026-019", "--text", "Contact.", "--contact-on", "2026-11-27", "--as", ib.id] + logbook
        let show = try median { try run(["case", "show", "2026-019"] + logbook) }
        let withPassphrase = try median { try run(note, passphrase: ib.passphrase) }
        _ = try run(["unlock", "--as", ib.id, "--minutes", "5"] + logbook, passphrase: ib.passphrase)
        defer { _ = try? run(["lock"] + logbook) }
        let unlocked = try median { try run(note) }
        return [
            Row(name: "example school: case show 2026-019", milliseconds: show),
            Row(name: "example school: record, passphrase", milliseconds: withPassphrase),
            Row(name: "example school: record, unlocked", milliseconds: unlocked),
        ]
    }

    /// The median of five runs, in milliseconds.
    private static func median(_ seconds: () throws -> Double) throws -> Double {
        try (0..<5).map { _ in try seconds() }.sorted()[2] * 1000
    }

    /// Runs `logboek` as a child process, its output discarded, and returns its wall-clock seconds; it must succeed.
    private static func run(_ arguments: [String], passphrase: String? = nil) throws -> Double {
        let run = try SpawnedRun.run(arguments, environment: passphrase.map { ["LOGBOEK_PASSPHRASE": $0] } ?? [:])
        guard run.status == 0 else { throw CocoaError(.executableLoad, userInfo: ["arguments": arguments.joined(separator: " ")]) }
        return run.seconds
    }
}
