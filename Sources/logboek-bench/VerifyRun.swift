import Foundation

/// Runs `logboek verify --json` as a child process and measures its time and peak memory.
struct VerifyRun {
    /// Wall-clock seconds of the child.
    let seconds: Double
    /// The child's peak resident memory in bytes (see ``CommandRun``).
    let peakBytes: Int
    /// Whether it reported the log valid.
    let ok: Bool

    /// Verifies the logbook in `directory` with the `logboek` binary beside this one.
    static func run(logbook directory: URL) throws -> VerifyRun {
        let run = try CommandRun.run(["verify", "--json", "--logbook", directory.path])
        return VerifyRun(seconds: run.seconds, peakBytes: run.peakBytes, ok: run.status == 0 && run.output.contains("\"ok\":true"))
    }
}
