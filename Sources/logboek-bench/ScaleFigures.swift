import Foundation
import Ledger
import Meldcode

/// The commands of a school's daily work timed on logs of growing size, each as a child process with its
/// peak memory: `record`, `case show`, `status` (once folding every case, then from the per-case summaries), `findings`,
/// `case list` with and without a key, `checkpoint`, `prove inclusion`, and `append --batch` of
/// checked events against the raw signing rate measured in the same run.
struct ScaleFigures {
    /// One command on one log: the median wall time of its runs and the largest peak memory.
    struct Measurement {
        let seconds: Double
        let peakBytes: Int
    }

    /// The figures for one log size.
    struct Column {
        let events: Int
        let writeSeconds: Double
        var rows: [(name: String, measurement: Measurement)] = []
        var batchRate = 0.0
        /// The raw Ed25519 signing rate on one core, measured right before the batch.
        var signRate = 0.0
    }

    let directory: URL
    let repeats: Int
    let batchCount: Int

    /// Writes a log of `events` events and measures every command on it.
    func measure(events: Int) throws -> Column {
        let logbook = try ScaleLogbook(events: events, in: directory)
        var column = Column(events: events, writeSeconds: logbook.writeSeconds)
        let on = ["--logbook", logbook.layout.directory.path]
        let signer = ["--as", ScaleLogbook.author]
        let record = ["record", EventType.signalRecorded.rawValue, "--case", logbook.openCase, "--description", "Kwam te laat en huilde.",
                      "--observed-on", "2026-11-20", "--kind", "observation", "--stance", "supports", "--source-kind", "self"]
        column.rows.append(("record (checked case append)", try run(record + signer + on, times: repeats)))
        column.rows.append(("case show", try run(["case", "show", logbook.openCase] + signer + on, times: repeats)))
        let together = try CommandRun.together(Array(repeating: record + signer + on, count: 3), environment: ScaleLogbook.environment)
        guard together.statuses.allSatisfy({ $0 == 0 }) else {
            throw BenchFailure(message: "three records at once exited \(together.statuses) on a log of \(events) events")
        }
        column.rows.append(("3 records at once (until the last is done)", Measurement(seconds: together.seconds, peakBytes: 0)))
        column.rows.append(("status, no summaries yet (folds every case, writes them)", try run(["status"] + signer + on, times: 1)))
        column.rows.append(("status (from summaries)", try run(["status"] + signer + on, times: repeats)))
        column.rows.append(("findings (from summaries)", try run(["findings"] + signer + on, times: repeats)))
        column.rows.append(("case list --as (from summaries)", try run(["case", "list"] + signer + on, times: repeats)))
        column.rows.append(("case list, no key (first: saves the outlines)", try run(["case", "list"] + on, times: 1)))
        column.rows.append(("case list, no key", try run(["case", "list"] + on, times: repeats)))
        column.rows.append(("checkpoint (first: builds the hash index)", try run(["checkpoint"] + signer + on, times: 1)))
        column.rows.append(("checkpoint (next)", try run(["checkpoint"] + signer + on, times: 1)))
        column.rows.append(("prove inclusion (index built)",
                            try run(["prove", "inclusion", "--seq", String(events / 2)] + on, times: repeats)))
        try FileManager.default.removeItem(at: logbook.layout.state)
        column.rows.append(("case show without saved state (rebuilds it)", try run(["case", "show", logbook.openCase] + signer + on, times: 1)))
        column.signRate = Ceilings.signRate(seconds: 2)
        let appended = try BatchFigures(directory: directory, count: batchCount).command(on: logbook)
        column.rows.append(("append --batch \(batchCount) checked events", Measurement(seconds: appended.seconds, peakBytes: appended.peakBytes)))
        column.batchRate = Double(batchCount) / appended.seconds
        try FileManager.default.removeItem(at: logbook.layout.directory)
        return column
    }

    /// Runs a command `times` times; the median time and the largest peak. Stops the bench if it fails.
    private func run(_ arguments: [String], times: Int) throws -> Measurement {
        var runs = [CommandRun]()
        for _ in 0..<times {
            let run = try CommandRun.run(arguments, environment: ScaleLogbook.environment)
            guard run.status == 0 else { throw BenchFailure(message: "`logboek \(arguments.joined(separator: " "))` exited \(run.status)") }
            runs.append(run)
        }
        return Measurement(seconds: runs.map(\.seconds).sorted()[runs.count / 2], peakBytes: runs.map(\.peakBytes).max() ?? 0)
    }
}

/// The bench could not measure what it set out to.
struct BenchFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { "error: \(message)" }
}
