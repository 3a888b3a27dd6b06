import Foundation

/// Runs `logboek verify --json` as a child process and measures its time and peak memory.
struct VerifyRun {
    /// Wall-clock seconds of the child.
    let seconds: Double
    /// The child's peak resident memory in bytes: its `VmHWM`, sampled every 5 ms while it runs
    /// (`ru_maxrss` of a child would also count the pages it shared with this process before `exec`).
    let peakBytes: Int
    /// Whether it reported the log valid.
    let ok: Bool

    /// Verifies the logbook in `directory` with the `logboek` binary beside this one.
    static func run(logbook directory: URL) throws -> VerifyRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("logboek")
        process.arguments = ["verify", "--json", "--logbook", directory.path]
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("logboek-bench-verify-\(UUID().uuidString)")
        try Data().write(to: output)
        defer { try? FileManager.default.removeItem(at: output) }
        process.standardOutput = try FileHandle(forWritingTo: output)
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        var peak = 0
        while process.isRunning {
            peak = max(peak, highWaterMark(of: process.processIdentifier) ?? 0)
            usleep(5000)
        }
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let report = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        return VerifyRun(seconds: seconds, peakBytes: peak, ok: process.terminationStatus == 0 && report.contains("\"ok\":true"))
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
