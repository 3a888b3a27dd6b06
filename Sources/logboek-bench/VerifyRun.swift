import Foundation

/// Runs `logboek verify --json` as a child process and measures its time and peak memory.
struct VerifyRun {
    /// Wall-clock seconds of the child.
    let seconds: Double
    /// The child's peak resident memory in bytes (`ru_maxrss`).
    let peakBytes: Int
    /// Whether it reported the log valid.
    let ok: Bool

    /// Verifies the logbook in `directory` with the `logboek` binary beside this one.
    static func run(logbook directory: URL) throws -> VerifyRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("logboek")
        process.arguments = ["verify", "--json", "--logbook", directory.path]
        let output = Pipe()
        process.standardOutput = output
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        let ok = process.terminationStatus == 0 && String(decoding: data, as: UTF8.self).contains("\"ok\":true")
        return VerifyRun(seconds: seconds, peakBytes: usage.ru_maxrss * 1024, ok: ok)
    }
}
