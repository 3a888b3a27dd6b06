import Foundation

/// Runs the `logboek` binary beside this one and measures its wall-clock time to a fraction of a millisecond:
/// it watches `isRunning` every 0.2 ms, since `Process.waitUntilExit` notices an exit only at its run loop's next
/// turn, which rounds a short command up by tens of milliseconds.
enum TimedRun {
    /// Runs `logboek arguments` with this process's environment plus `extra`, its output discarded.
    /// - Returns: Its wall-clock seconds and exit status.
    static func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> (seconds: Double, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("logboek")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        while process.isRunning { usleep(200) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        process.waitUntilExit()
        return (seconds, process.terminationStatus)
    }
}
