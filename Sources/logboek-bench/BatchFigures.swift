import Foundation
import Ledger
import Meldcode

/// `append --batch` of sealed case events (signals spread over a log's open cases, checked by the meldcode, sealed
/// under the case keys): through the `logboek` binary as a child process, as a school runs it, and in process
/// through ``BatchAppend`` with the writer sealing and signing on one core and on all of them.
struct BatchFigures {
    /// Where the batch file is written.
    let directory: URL
    /// How many events a batch holds.
    let count: Int
    /// Events per group, as `append --batch` commits them by default.
    static let groupSize = 2_000

    /// The figures of a run: the signing ceiling measured just before, the command's rate against it (target 0.6), and the
    /// rates in process on one core and on `cores`, each on a fresh logbook of 100 open cases; then the same per second of
    /// processor time, which a busy host does not inflate: per second of all cores' time (the work), and per second of
    /// the calling thread's (the sequential path, which bounds the rate when the other cores are free).
    /// - Parameters:
    ///   - directory: Where the logbook and the batch file are written.
    ///   - count: Events per batch.
    ///   - cores: The machine's cores.
    ///   - signSeconds: How long the signing ceiling is measured.
    static func figures(in directory: URL, count: Int, cores: Int, signSeconds: Double) throws -> [Figure] {
        let batches = BatchFigures(directory: directory, count: count)
        // Each run starts from a fresh logbook: the first group reads the cases it touches, and a log grown by the run
        // before would make that dearer.
        let logbooks = try ["command", "one-core", "all-cores"].map { name in
            let folder = directory.appendingPathComponent("batch-\(name)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return try ScaleLogbook(events: ScaleLogbook.caseSize * ScaleLogbook.activeCases, in: folder)
        }
        defer { for logbook in logbooks { try? FileManager.default.removeItem(at: logbook.layout.directory) } }
        var signRate = 0.0
        let signProcessor = ProcessorTime.of { signRate = Ceilings.signRate(seconds: signSeconds) }
        let signPerThreadSecond = signRate * signSeconds / signProcessor.thread
        let command = Double(count) / (try batches.command(on: logbooks[0])).seconds
        let oneCore = try batches.inProcess(on: logbooks[1], concurrency: 1)
        let allCores = try batches.inProcess(on: logbooks[2], concurrency: cores)
        return [
            Figure(name: "ceiling: Ed25519 sign, 1 core, just before", value: signRate, unit: "/s", ceiling: nil, target: nil),
            Figure(name: "append --batch, \(count) sealed case events", value: command, unit: "events/s", ceiling: signRate, target: 0.6),
            Figure(name: "  in process, sealed and signed on 1 core", value: oneCore.rate, unit: "events/s", ceiling: signRate, target: nil),
            Figure(name: "  in process, on \(cores) cores", value: allCores.rate, unit: "events/s", ceiling: signRate, target: nil),
            Figure(name: "ceiling: sign per second of processor time", value: signPerThreadSecond, unit: "/s", ceiling: nil, target: nil),
            Figure(name: "  1 core, per second of processor time", value: oneCore.perProcessSecond, unit: "events/s", ceiling: signPerThreadSecond, target: nil),
            Figure(name: "  \(cores) cores, per second of all cores' time", value: allCores.perProcessSecond, unit: "events/s",
                   ceiling: signPerThreadSecond, target: nil),
            Figure(name: "  \(cores) cores, per second of the calling thread", value: allCores.perThreadSecond, unit: "events/s",
                   ceiling: signPerThreadSecond, target: 0.6),
        ]
    }

    /// Seconds and peak memory of `logboek append --batch` of `count` signals into the log's open cases.
    func command(on logbook: ScaleLogbook) throws -> CommandRun {
        let run = try CommandRun.run(
            ["append", "--batch", try batchFile(for: logbook).path, "--as", ScaleLogbook.author, "--logbook", logbook.layout.directory.path],
            environment: ScaleLogbook.environment)
        guard run.status == 0 else { throw BenchFailure(message: "`logboek append --batch` exited \(run.status)") }
        return run
    }

    /// The same batch appended in process, group by group, by a writer sealing and signing on `concurrency` cores: events
    /// per second of wall time, and per second of processor time of the calling thread (which does everything but the
    /// sealing and signing handed to other cores) and of the whole process.
    func inProcess(on logbook: ScaleLogbook, concurrency: Int) throws -> (rate: Double, perThreadSecond: Double, perProcessSecond: Double) {
        let writer = try LogWriter(opening: logbook.layout, rules: CaseAuthority(), concurrency: concurrency)
        var batch = BatchAppend(writer: writer, author: ScaleLogbook.author, keys: logbook.keys)
        let drafts = signals(for: logbook)
        var processor = ProcessorTime(thread: 0, process: 0)
        let seconds = try Stopwatch.time {
            processor = try ProcessorTime.of {
                for start in stride(from: 0, to: drafts.count, by: Self.groupSize) {
                    _ = try batch.append(Array(drafts[start..<min(drafts.count, start + Self.groupSize)]), now: SystemClock().now())
                }
            }
        }
        let count = Double(drafts.count)
        return (count / seconds, count / processor.thread, count / processor.process)
    }

    /// The batch's drafts: signals spread over the log's open cases.
    private func signals(for logbook: ScaleLogbook) -> [EventDraft] {
        let cases = logbook.openCases
        return (0..<count).map { index in
            EventDraft(type: EventType.signalRecorded.rawValue, stream: "case/\(cases[index % cases.count])", payload: ScaleLogbook.signal(index))
        }
    }

    /// The batch as JSON Lines for `append --batch`.
    private func batchFile(for logbook: ScaleLogbook) throws -> URL {
        let lines = signals(for: logbook).map { draft in
            CanonicalJSON.encode(.object(["type": .string(draft.type), "stream": .string(draft.stream), "payload": .object(draft.payload)]))
        }
        let file = directory.appendingPathComponent("batch-\(logbook.events).jsonl")
        try Data(lines.joined(separator: [0x0A]) + [0x0A]).write(to: file)
        return file
    }
}
