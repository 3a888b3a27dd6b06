import Foundation
import Testing
@testable import Ledger
import Meldcode

/// The differential fuzzer's Swift half: mutated real logs, each verified here and written with this
/// verifier's verdict to a pack that `tools/differential.py` runs `tools/verify.py` over; the two verdicts
/// (ok, events; or code, seq, line) must agree on every log.
///
/// `LOGBOEK_FUZZ_RUNS` sets how many logs (default 1 000, about 15 s in a debug build), `LOGBOEK_FUZZ_SEED` the seed;
/// packs go to `$LOGBOEK_FUZZ_DIR`, else to `$LOGBOEK_TEST_ARTIFACTS/fuzz`, else nowhere (then the run only
/// checks that nothing crashes).
@Suite("Differential fuzzing")
struct DifferentialFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let runs = Int(environment["LOGBOEK_FUZZ_RUNS"] ?? "") ?? 1_000
    static let seed = UInt64(environment["LOGBOEK_FUZZ_SEED"] ?? "") ?? 20_261_128

    /// Where packs go, if anywhere.
    static var folder: URL? {
        if let path = environment["LOGBOEK_FUZZ_DIR"] { return URL(fileURLWithPath: path) }
        return environment["LOGBOEK_TEST_ARTIFACTS"].map { URL(fileURLWithPath: $0).appendingPathComponent("fuzz") }
    }

    /// The logs mutated: a test logbook with enrolments and notes, and one whose actor rotated a key and was revoked.
    static func baseLogs() throws -> [[[UInt8]]] {
        let plain = try TestLogbook(notes: 4)
        let changed = try TestLogbook(notes: 2)
        try changed.append(EventDraft(.actorRevoked(actor: "lk.visser", reason: "vertrokken")), by: "dir.jansen")
        try changed.note(by: "ib.devries", text: "na de intrekking", stream: "notes/2026-002")
        return [try plain.lines, try changed.lines]
    }

    @Test("Mutated logs: verified without a crash, each kept with its verdict for verify.py")
    func mutatedLogs() throws {
        let bases = try Self.baseLogs()
        let file = try TemporaryFolder.make().appendingPathComponent("log.jsonl")
        var pack = FuzzPack(folder: Self.folder, name: "seed-\(Self.seed)")
        for (number, base) in bases.enumerated() {
            var mutator = LogMutator(lines: base, seed: Self.seed << 8 | UInt64(number))
            for run in 0..<(Self.runs / bases.count) {
                let (log, mutation) = mutator.next()
                try Data(log).write(to: file)
                let report = try Verifier(concurrency: 1, rules: CaseAuthority()).verify(logAt: file)
                try pack.add(log, report: report, label: "base \(number) run \(run): \(mutation)")
            }
        }
        try pack.flush()
    }
}

/// Mutated logs with their Swift verdicts, written as JSON Lines of
/// `{"label","log":<base64>,"ok","events","code","seq","line"}`, 1 000 to a `.pack` file (not `.jsonl`: they are no event logs).
struct FuzzPack {
    let folder: URL?
    let name: String
    private var lines: [String] = []
    private var files = 0

    init(folder: URL?, name: String) {
        self.folder = folder
        self.name = name
    }

    mutating func add(_ log: [UInt8], report: VerifyReport, label: String) throws {
        guard folder != nil else { return }
        let verdict: JSONValue = .object([
            "label": .string(label), "log": .string(Base64.encode(log)), "ok": .bool(report.isValid),
            "events": .integer(Int64(report.validEventCount)),
            "code": report.failure.map { .string($0.code.rawValue) } ?? .null,
            "seq": report.failure.map { .integer(Int64($0.seq)) } ?? .null,
            "line": report.failure.map { .integer(Int64($0.line)) } ?? .null,
        ])
        lines.append(String(decoding: CanonicalJSON.encode(verdict), as: UTF8.self))
        if lines.count == 1_000 { try flush() }
    }

    mutating func flush() throws {
        guard let folder, !lines.isEmpty else { return }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("\(name)-\(files).pack")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        files += 1
        lines = []
    }
}
