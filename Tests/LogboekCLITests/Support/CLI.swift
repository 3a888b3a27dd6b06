import Foundation
import Testing

/// What a finished `logboek` run printed and returned.
struct CLIResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs the `logboek` binary built beside the tests, as a user would.
enum CLI {
    /// The binary: `$LOGBOEK_BIN`, else `logboek` next to the test bundle.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["LOGBOEK_BIN"] { return URL(fileURLWithPath: path) }
        let bundle = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return bundle.deletingLastPathComponent().appendingPathComponent("logboek")
    }

    /// The environment for a run: the test's own, without any LOGBOEK_ variables, plus `extra`.
    static func environment(_ extra: [String: String]) -> [String: String] {
        ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("LOGBOEK_") }.merging(extra) { $1 }
    }

    /// Runs `logboek arguments` to completion.
    static func run(
        _ arguments: [String], environment extra: [String: String] = [:], input: String? = nil, executable: String? = nil
    ) throws -> CLIResult {
        let folder = try TemporaryFolder.make()
        let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
        let process = try start(
            arguments, environment: extra, stdout: out, stderr: err, input: input.map { Data($0.utf8) }, executable: executable)
        process.waitUntilExit()
        return CLIResult(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// Starts `logboek arguments` with output going to files; standard input is `input` or empty.
    static func start(
        _ arguments: [String], environment extra: [String: String] = [:], stdout: URL, stderr: URL, input: Data? = nil,
        executable: String? = nil
    ) throws -> Process {
        try Data().write(to: stdout)
        try Data().write(to: stderr)
        let process = Process()
        process.executableURL = executable.map { URL(fileURLWithPath: $0) } ?? binary
        process.arguments = arguments
        process.environment = environment(extra)
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(input) }
        try stdin.fileHandleForWriting.close()
        return process
    }
}

/// Fresh temporary folders.
enum TemporaryFolder {
    static func make() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("logboek-cli-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
