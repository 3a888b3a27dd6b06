import Foundation
import Ledger

// logboek-bench: measures the machine's ceilings and Logboek's figures in one run; see tools/bench.

let arguments = CommandLine.arguments.dropFirst()
let asJSON = arguments.contains("--json")
let quick = arguments.contains("--quick")
if arguments.contains("--help") {
    say("""
        Usage: logboek-bench [--json] [--quick] [--proofs] [--case-only | --unlock-only | --batch-only] [--dir DIR]
               logboek-bench --scale [--sizes N,N,...] [--json] [--quick] [--dir DIR]
               logboek-bench --write-scale N --dir DIR
        Measures raw Ed25519 sign/verify rates and raw 512-byte append+fdatasync rate (the ceilings), then
        Logboek's single and batched appends (`append --batch` of sealed case events too), `logboek verify` on a 100 000-event log with its peak memory, and the
        time to make a case's dossier with its evidence bundle (500 and 5 000 events).
        --dir DIR   where to write the logbooks (default: a new temporary folder); measure on the disk you use.
        --quick     smaller logs and shorter runs (a smoke test, not a measurement).
        --proofs    also write a signed 1 000 000-event log and measure the hash index build and `prove`.
        --scale     instead: write logs of 10 000, 100 000 and 1 000 000 events (or --sizes) and time record,
                    case show, status, findings, checkpoint and append --batch of 100 000 checked events on each,
                    with their peak memory, side by side (minutes of work).
        --write-scale N  only write one --scale logbook of N events into DIR/scale-N and keep it (tools/bench_tiles);
                    its actor bench.ib (an administrator) signs with the passphrase bench-passphrase.
        --case-only only `logboek knowledge` and `logboek evaluate` on a 5 000-event case.
        --batch-only only `append --batch` of sealed case events (and in process on 1 core and on all) beside the
                    signing rate measured just before.
        --unlock-only only `case show --as` on the example school's case 2026-019 (built by logboek-examples beside
                    this program, from tools/examples) as built and grown to 1 000 events, with the keys opened by
                    the passphrase and by `logboek unlock`, and the opening of the keys alone.
        """)
    exit(0)
}
if let count = arguments.firstIndex(of: "--write-scale").flatMap({ arguments.index(after: $0) < arguments.endIndex ? Int(arguments[arguments.index(after: $0)]) : nil }),
   let folder = arguments.firstIndex(of: "--dir").flatMap({ arguments.index(after: $0) < arguments.endIndex ? arguments[arguments.index(after: $0)] : nil }) {
    let logbook = try ScaleLogbook(events: count, in: URL(fileURLWithPath: folder))
    say(String(decoding: CanonicalJSON.encode(.object([
        "directory": .string(logbook.layout.directory.path), "events": .integer(Int64(count)),
        "writeMilliseconds": .integer(Int64(logbook.writeSeconds * 1000)),
    ])), as: UTF8.self))
    exit(0)
}
let base = arguments.firstIndex(of: "--dir").flatMap { arguments.index(after: $0) < arguments.endIndex ? arguments[arguments.index(after: $0)] : nil }
    .map { URL(fileURLWithPath: $0) } ?? FileManager.default.temporaryDirectory
let directory = base.appendingPathComponent("logboek-bench-\(ProcessInfo.processInfo.processIdentifier)")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }

func say(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

func progress(_ text: String) {
    if !asJSON { FileHandle.standardError.write(Data("… \(text)\n".utf8)) }
}

if arguments.contains("--scale") {
    let sizes = arguments.firstIndex(of: "--sizes").flatMap { arguments.index(after: $0) < arguments.endIndex ? arguments[arguments.index(after: $0)] : nil }
        .map { $0.split(separator: ",").compactMap { Int($0) } } ?? (quick ? [2_000, 20_000] : [10_000, 100_000, 1_000_000])
    let figures = ScaleFigures(directory: directory, repeats: quick ? 3 : 5, batchCount: quick ? 10_000 : 100_000)
    var columns = [ScaleFigures.Column]()
    for size in sizes {
        progress("a log of \(size) events and the commands on it")
        columns.append(try figures.measure(events: size))
    }
    let report = ScaleReport(columns: columns)
    if asJSON { say(String(decoding: CanonicalJSON.encode(report.json), as: UTF8.self)) } else { report.text.forEach(say) }
    try? FileManager.default.removeItem(at: directory)
    exit(0)
}

if arguments.contains("--batch-only") {
    let rows = try BatchFigures.figures(in: directory, count: quick ? 4_000 : 20_000, cores: ProcessInfo.processInfo.activeProcessorCount, signSeconds: quick ? 0.3 : 2.0)
    if asJSON { say(String(decoding: CanonicalJSON.encode(.object(["figures": .array(rows.map(\.json))])), as: UTF8.self)) } else { rows.forEach { say($0.text) } }
    try? FileManager.default.removeItem(at: directory)
    exit(0)
}

let unlockEvents = 1_000
let unlock = arguments.contains("--case-only") ? nil : try UnlockFigures.measure(events: unlockEvents, in: directory)
let unlockRows = (unlock?.rows ?? []).map { Figure(name: $0.name, value: $0.milliseconds, unit: "ms", ceiling: nil, target: nil) }
let unlockMet = (unlock?.largeCaseUnlocked ?? 0) < 100
let unlockVerdict = "case show --as of a \(unlockEvents)-event case, unlocked, below 100 ms: \(unlockMet ? "ok" : "MISSED")"
if arguments.contains("--unlock-only") {
    if asJSON {
        say(String(decoding: CanonicalJSON.encode(.object([
            "figures": .array(unlockRows.map(\.json)), "caseShowUnlockedBelow100ms": .bool(unlockMet),
        ])), as: UTF8.self))
    } else {
        unlockRows.forEach { say($0.text) }
        say(unlockVerdict)
    }
    try? FileManager.default.removeItem(at: directory)
    exit(0)
}

let caseEvents = 5_000
let caseWriter = LogbookFigures(directory: directory)
let caseFigures = try CaseFigures.measure(try CaseFigures.logbook(events: caseEvents, in: caseWriter), as: caseWriter.author)
let caseRows = caseFigures.map { Figure(name: "\($0.name), \(caseEvents) events", value: $0.milliseconds, unit: "ms", ceiling: nil, target: nil) }
let caseVerdict = "knowledge and evaluate below 200 ms: \(caseFigures.allSatisfy { $0.milliseconds < 200 } ? "ok" : "MISSED")"
if arguments.contains("--case-only") {
    if asJSON {
        say(String(decoding: CanonicalJSON.encode(.object(["figures": .array(caseRows.map(\.json))])), as: UTF8.self))
    } else {
        caseRows.forEach { say($0.text) }
        say(caseVerdict)
    }
    try? FileManager.default.removeItem(at: directory)
    exit(0)
}

let seconds = quick ? 0.3 : 2.0
let cores = ProcessInfo.processInfo.activeProcessorCount
progress("ceilings: raw Ed25519 sign and verify")
let signRate = Ceilings.signRate(seconds: seconds)
let signedMessages = Ceilings.SignedMessages()
let verifyRate = Ceilings.verifyRate(seconds: seconds, of: signedMessages)
let repeatedVerifyRate = Ceilings.repeatedVerifyRate(seconds: seconds)

// The disk's speed drifts over seconds, so its ceilings and the appends are measured in alternating
// rounds and each figure is the median of its rounds.
let rounds = quick ? 1 : 5
var syncRates: [Double] = [], signedSyncRates: [Double] = [], chainedSyncRates: [Double] = [], smallRates: [Double] = [], typicalRates: [Double] = []
var sealedRates: [Double] = []
var smallLine = 0, typicalLine = 0, sealedLine = 0
let figures = LogbookFigures(directory: directory)
progress("durable appends against the disk's ceilings, \(rounds) alternating rounds")
for round in 0..<rounds {
    let roundSeconds = seconds / 2
    syncRates.append(try Ceilings.appendSyncRate(in: directory, seconds: roundSeconds))
    signedSyncRates.append(try Ceilings.appendSyncRate(in: directory, seconds: roundSeconds, work: .signature))
    chainedSyncRates.append(try Ceilings.appendSyncRate(in: directory, seconds: roundSeconds, work: .hashesAndSignature))
    let small = try figures.singleAppendRate(seconds: roundSeconds, name: "single-small-\(round)", draft: LogbookFigures.smallDraft)
    let typical = try figures.singleAppendRate(seconds: roundSeconds, name: "single-typical-\(round)", draft: LogbookFigures.draft)
    let sealed = try figures.singleAppendRate(seconds: roundSeconds, name: "single-sealed-\(round)", sealed: true, draft: LogbookFigures.draft)
    smallRates.append(small.rate)
    typicalRates.append(typical.rate)
    sealedRates.append(sealed.rate)
    (smallLine, typicalLine, sealedLine) = (small.lineBytes, typical.lineBytes, sealed.lineBytes)
}
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
let syncRate = median(syncRates), signedSyncRate = median(signedSyncRates), chainedSyncRate = median(chainedSyncRates)
let single = (rate: median(smallRates), lineBytes: smallLine)
let singleTypical = (rate: median(typicalRates), lineBytes: typicalLine)
let singleSealed = (rate: median(sealedRates), lineBytes: sealedLine)
// What sealing costs a single durable append: the time one seal takes as a share of one plaintext append's time
// (the end-to-end comparison below also carries the longer line's write).
let sealRate = LogbookFigures.sealRate(seconds: seconds)
let sealingCost = singleTypical.rate / sealRate

let batchSize = quick ? 1000 : 10_000
progress("one batch of \(batchSize) events")
let batched = try figures.batchedAppendRate(count: batchSize)
progress("append --batch of sealed case events: the command, and in process on 1 core and on \(cores)")
let sealedBatchRows = try BatchFigures.figures(in: directory, count: quick ? 4_000 : 20_000, cores: cores, signSeconds: seconds)
let smallLog = quick ? 2_000 : 10_000
let largeLog = quick ? 20_000 : 100_000
progress("writing logs of \(smallLog) and \(largeLog) events")
let small = try figures.logbook(events: smallLog, named: "verify-small")
let large = try figures.logbook(events: largeLog, named: "verify-large")
progress("verify")
let smallRun = try VerifyRun.run(logbook: small.directory)
// The cores a shared host really gives drift too: measure them together, just before and just after.
let parallelBefore = Ceilings.parallelVerifyRate(seconds: seconds / 2, threads: cores, of: signedMessages)
let largeRun = try VerifyRun.run(logbook: large.directory)
let parallelVerifyRate = (parallelBefore + Ceilings.parallelVerifyRate(seconds: seconds / 2, threads: cores, of: signedMessages)) / 2
guard smallRun.ok, largeRun.ok else {
    FileHandle.standardError.write(Data("error: verify failed on a benchmark log\n".utf8))
    exit(1)
}

progress("a case's dossier with its evidence bundle, 500 and 5 000 events")
let reports = ReportFigures(figures: figures)
let dossier500 = try reports.dossierMilliseconds(events: 500)
let dossier5000 = try reports.dossierMilliseconds(events: quick ? 1_000 : 5_000)

let proofLog = 1_000_000
var proofRows = [Figure]()
if arguments.contains("--proofs") {
    progress("writing a signed log of \(proofLog) events for the proof figures")
    let proofs = try ProofFigures.measure(try figures.logbook(events: proofLog, named: "proofs"), events: proofLog)
    proofRows = [
        Figure(name: "hash index build, \(proofLog) signed events", value: proofs.indexBuildSeconds, unit: "s", ceiling: nil, target: nil),
        Figure(name: "prove inclusion, \(proofLog) events, index built", value: proofs.inclusionMicroseconds, unit: "µs", ceiling: nil, target: nil),
        Figure(name: "prove consistency, \(proofLog) events, index built", value: proofs.consistencyMicroseconds, unit: "µs", ceiling: nil, target: nil),
    ]
}

let rows = [
    Figure(name: "ceiling: Ed25519 sign, 1 core", value: signRate, unit: "/s", ceiling: nil, target: nil),
    Figure(name: "ceiling: Ed25519 verify, 1 core", value: verifyRate, unit: "/s", ceiling: nil, target: nil),
    Figure(name: "  (one signature repeated, for comparison)", value: repeatedVerifyRate, unit: "/s", ceiling: nil, target: nil),
    Figure(name: "ceiling: 512-byte append+fdatasync", value: syncRate, unit: "/s", ceiling: nil, target: nil),
    Figure(name: "ceiling: sign + 512-byte append+fdatasync", value: signedSyncRate, unit: "/s", ceiling: syncRate, target: nil),
    Figure(name: "ceiling: 2 hashes + sign + append+fdatasync", value: chainedSyncRate, unit: "/s", ceiling: syncRate, target: nil),
    Figure(name: "cores", value: Double(cores), unit: "", ceiling: nil, target: nil),
    Figure(name: "ceiling: Ed25519 verify, all cores together", value: parallelVerifyRate, unit: "/s", ceiling: nil, target: nil),
    Figure(name: "single durable append, \(single.lineBytes)-byte lines", value: single.rate, unit: "events/s", ceiling: syncRate, target: 0.8),
    Figure(name: "  the same against sign+append+fdatasync", value: single.rate, unit: "events/s", ceiling: signedSyncRate, target: nil),
    Figure(name: "  the same against 2 hashes+sign+append+sync", value: single.rate, unit: "events/s", ceiling: chainedSyncRate, target: nil),
    Figure(name: "single durable append, \(singleTypical.lineBytes)-byte lines", value: singleTypical.rate, unit: "events/s", ceiling: syncRate, target: nil),
    Figure(name: "single durable append, sealed, \(singleSealed.lineBytes)-byte lines", value: singleSealed.rate, unit: "events/s", ceiling: syncRate, target: nil),
    Figure(name: "  the same against the plaintext typical append", value: singleSealed.rate, unit: "events/s", ceiling: singleTypical.rate, target: nil),
    Figure(name: "sealing a typical payload, 1 core", value: sealRate, unit: "/s", ceiling: nil, target: nil),
    Figure(name: "batched append (\(batchSize), one sync)", value: batched, unit: "events/s", ceiling: signRate, target: 0.6),
] + sealedBatchRows + [
    Figure(name: "verify \(largeLog) events", value: Double(largeLog) / largeRun.seconds, unit: "events/s",
           ceiling: verifyRate * Double(cores), target: 0.85),
    Figure(name: "  the same against all cores verifying at once", value: Double(largeLog) / largeRun.seconds, unit: "events/s",
           ceiling: parallelVerifyRate, target: nil),
    Figure(name: "verify peak memory, \(smallLog) events", value: Double(smallRun.peakBytes) / 1_048_576, unit: "MiB", ceiling: nil, target: nil),
    Figure(name: "verify peak memory, \(largeLog) events", value: Double(largeRun.peakBytes) / 1_048_576, unit: "MiB", ceiling: nil, target: nil),
    Figure(name: "dossier HTML + bundle, 500-event case", value: dossier500, unit: "ms", ceiling: nil, target: nil),
    Figure(name: "dossier HTML + bundle, \(quick ? 1_000 : 5_000)-event case", value: dossier5000, unit: "ms", ceiling: nil, target: nil),
] + caseRows + unlockRows + proofRows
if asJSON {
    say(String(decoding: CanonicalJSON.encode(.object([
        "figures": .array(rows.map(\.json)),
        "verifyPeakMemoryBelow64MiB": .bool(largeRun.peakBytes < 64 << 20),
        "dossier500Below1s": .bool(dossier500 < 1000),
        "caseCommandsBelow200ms": .bool(caseFigures.allSatisfy { $0.milliseconds < 200 }),
        "caseShowUnlockedBelow100ms": .bool(unlockMet),
        "sealingCostBelow5Percent": .bool(sealingCost < 0.05),
    ])), as: UTF8.self))
} else {
    rows.forEach { say($0.text) }
    say("verify peak memory below 64 MiB: \(largeRun.peakBytes < 64 << 20 ? "ok" : "MISSED")")
    say("dossier of a 500-event case below 1 s: \(dossier500 < 1000 ? "ok" : "MISSED")")
    say(caseVerdict)
    say(unlockVerdict)
    say("sealing costs \(String(format: "%.1f", sealingCost * 100)) % of a single durable append (target below 5 %): \(sealingCost < 0.05 ? "ok" : "MISSED")")
}
