import Foundation

extension CLI {
    /// Runs a bash script (text, or a file with its arguments) with the built `logboek` first on the PATH and
    /// one passphrase for every key, signer's and new.
    static func bash(_ script: String, arguments: [String] = [], input: String = "") throws -> CLIResult {
        let folder = try TemporaryFolder.make()
        let file = folder.appendingPathComponent("script.sh")
        try script.write(to: file, atomically: true, encoding: .utf8)
        let path = binary.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        return try run(
            [file.path] + arguments,
            environment: ["PATH": path, "LOGBOEK_PASSPHRASE": "school-geheim", "LOGBOEK_NEW_PASSPHRASE": "school-geheim"],
            input: input, executable: "/bin/bash")
    }
}
