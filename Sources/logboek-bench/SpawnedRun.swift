import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs the `logboek` binary beside this one with `posix_spawn` and `waitpid`, so its wall-clock time is
/// measured to the microsecond (Foundation's `Process.waitUntilExit` notices an exit only at its run loop's
/// next turn, which rounds short commands up by tens of milliseconds).
enum SpawnedRun {
    /// Runs `logboek arguments` with this process's environment plus `extra`, its output discarded.
    /// - Returns: Its wall-clock seconds and exit status.
    static func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> (seconds: Double, status: Int32) {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("logboek").path
        let environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }.map { "\($0.key)=\($0.value)" }
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid = pid_t()
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, binary, &actions, nil, argv, envp) == 0 else { throw CocoaError(.executableLoad) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return (seconds, (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f))
    }
}
