import Foundation
import Testing

/// Several writers at once, and writers killed mid-stream: no committed event is lost or altered.
@Suite("Crashes and concurrency", .serialized)
struct CrashAndConcurrencyTests {
    /// A JSON Lines batch of `count` notes in one stream.
    static func batch(_ count: Int, stream: String) -> String {
        (0..<count).map { #"{"type":"memo.noted","stream":"\#(stream)","payload":{"n":\#($0)}}"# }.joined(separator: "\n")
    }

    @Test("Four processes appending at once produce a dense, valid chain with every event")
    func fourWriters() throws {
        let logbook = try CLILogbook()
        let folder = try TemporaryFolder.make()
        let writers = ["ib.devries", "lk.bakker", "lk.visser", "dir.jansen"]
        var processes = [Process]()
        for (index, actor) in writers.enumerated() {
            let input = folder.appendingPathComponent("batch-\(index)")
            try Data(Self.batch(25, stream: "werk/w\(index)").utf8).write(to: input)
            processes.append(try CLI.start(
                ["append", "--batch", input.path, "--group-size", "1", "--as", actor, "--lock-timeout", "120"],
                environment: ["LOGBOEK_DIR": logbook.directory.path, "LOGBOEK_PASSPHRASE": CLILogbook.passphrases[actor] ?? ""],
                stdout: folder.appendingPathComponent("out-\(index)"), stderr: folder.appendingPathComponent("err-\(index)")))
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let verify = try logbook.run(["verify", "--json"])
        #expect(verify.stdout.contains(#""events":104"#), "\(verify.stdout)")
        #expect(verify.status == 0)
        for index in writers.indices {
            let events = try logbook.run(["log", "--stream", "werk/w\(index)", "--json"]).stdout.split(separator: "\n")
            #expect(events.count == 25)
            for n in 0..<25 { #expect(events[n].contains(#""n":\#(n),"#)) }
        }
        try logbook.keepForSchemaValidation()
    }

    /// How many writers the kill test kills (`LOGBOEK_KILL_RUNS`, default 12; `tools/stress` runs thousands).
    static let killRuns = Int(ProcessInfo.processInfo.environment["LOGBOEK_KILL_RUNS"] ?? "") ?? 12

    @Test("A writer killed with SIGKILL at any moment loses no acknowledged event and alters none")
    func killedWriters() throws {
        let logbook = try CLILogbook()
        let folder = try TemporaryFolder.make()
        let input = folder.appendingPathComponent("batch")
        let batchSize = 2000
        try Data(Self.batch(batchSize, stream: "werk/kill").utf8).write(to: input)
        var generator = SystemRandomNumberGenerator()
        var killedMidBatch = 0
        for run in 0..<Self.killRuns {
            let before = try logbook.log
            let out = folder.appendingPathComponent("out-\(run)")
            let process = try CLI.start(
                ["append", "--batch", input.path, "--group-size", "1", "--json", "--as", "lk.bakker"],
                environment: ["LOGBOEK_DIR": logbook.directory.path, "LOGBOEK_PASSPHRASE": "bakker-geheim"],
                stdout: out, stderr: folder.appendingPathComponent("err-\(run)"))
            usleep(UInt32.random(in: 150_000...900_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = try logbook.log
            #expect(after.starts(with: before), "run \(run): a committed event was altered")
            let acknowledged = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")
            if !acknowledged.isEmpty, acknowledged.count < batchSize { killedMidBatch += 1 }
            let lastAcknowledged = acknowledged.last.flatMap { Int($0.split(separator: ":").last?.dropLast() ?? "") }
            let committedLines = after.split(separator: 0x0A, omittingEmptySubsequences: true).count
                - (after.last == 0x0A ? 0 : 1)
            if let lastAcknowledged {
                #expect(committedLines >= lastAcknowledged + 1, "run \(run): acknowledged seq \(lastAcknowledged) is missing")
            }
            let verify = try logbook.run(["verify", "--json"])
            #expect(verify.status == 0 || verify.stdout.contains(#""code":"torn-tail""#), "run \(run): \(verify.stdout)")
        }
        #expect(killedMidBatch > 0, "no writer was killed between two commits; the trial proved nothing")
        #expect(try logbook.run(["repair"]).status == 0)
        let final = try logbook.run(["verify", "--json"])
        #expect(final.status == 0, "\(final.stdout)")
        try logbook.keepForSchemaValidation()
    }
}

/// A disk that fills up mid-append (simulated with a file-size limit) leaves the log as it was.
@Suite("Full disk")
struct FullDiskTests {
    @Test("An append that runs out of room fails with exit 3 and leaves log.jsonl byte-identical")
    func fileSizeLimit() throws {
        let logbook = try CLILogbook()
        let before = try logbook.log
        let folder = try TemporaryFolder.make()
        let input = folder.appendingPathComponent("batch")
        try Data(CrashAndConcurrencyTests.batch(200, stream: "werk/full").utf8).write(to: input)
        let limitBlocks = before.count / 1024 + 4
        let result = try CLI.run(
            ["-c", "ulimit -f \(limitBlocks) && exec \"$0\" append --batch \"$1\" --as lk.bakker", CLI.binary.path, input.path],
            environment: ["LOGBOEK_DIR": logbook.directory.path, "LOGBOEK_PASSPHRASE": "bakker-geheim"], executable: "/bin/bash")
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("(io)"))
        #expect(try logbook.log == before)
        #expect(try logbook.run(["verify"]).status == 0)
    }
}
