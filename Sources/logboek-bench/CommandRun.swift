import Foundation

/// Runs the `logboek` binary beside this one as a child process and measures its time and peak memory.
struct CommandRun {
    /// Wall-clock seconds of the child.
    let seconds: Double
    /// The child's peak resident memory in bytes: its `VmHWM`, sampled every 2 ms while it runs
    /// (`ru_maxrss` of a child would also count the pages it shared with this process before `exec`).
    let peakBytes: Int
    /// Its exit status.
    let status: Int32
    /// What it wrote to standard output.
    let output: String

    /// Runs several `logboek` commands at once and waits for all of them.
    /// - Returns: The wall time until the last finished, and each one's exit status.
    static func together(_ commands: [[String]], environment: [String: String] = [:]) throws -> (seconds: Double, statuses: [Int32]) {
        let start = DispatchTime.now().uptimeNanoseconds
        let processes = try commands.map { arguments in
            let process = try self.process(arguments, environment: environment)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        processes.forEach { $0.waitUntilExit() }
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, processes.map(\.terminationStatus))
    }

    private static func process(_ arguments: [String], environment: [String: String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("logboek")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        return process
    }

    /// Runs `logboek` with `arguments`, the given extra environment and standard input from `input` if given.
    static func run(_ arguments: [String], environment: [String: String] = [:], input: URL? = nil) throws -> CommandRun {
        let process = try process(arguments, environment: environment)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("logboek-bench-run-\(UUID().uuidString)")
        try Data().write(to: output)
        defer { try? FileManager.default.removeItem(at: output) }
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        if let input { process.standardInput = try FileHandle(forReadingFrom: input) }
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        var peak = 0
        while process.isRunning {
            peak = max(peak, highWaterMark(of: process.processIdentifier) ?? 0)
            usleep(2000)
        }
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        return CommandRun(seconds: seconds, peakBytes: peak, status: process.terminationStatus, output: text)
    }

    /// The `VmHWM` of a running process in bytes, from `/proc/PID/status`.
    private static func highWaterMark(of pid: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { return nil }
        return kilobytes * 1024
    }
}
