import Foundation

/// Files of the repository the CLI tests read or leave behind.
enum Repository {
    /// The repository's root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Keeps a copy of a log in `$LOGBOEK_TEST_ARTIFACTS`, so `tools/test` validates its lines against the schemas.
    static func keepForSchemaValidation(_ log: Data, prefix: String) throws {
        guard let folder = ProcessInfo.processInfo.environment["LOGBOEK_TEST_ARTIFACTS"] else { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try log.write(to: URL(fileURLWithPath: folder).appendingPathComponent("\(prefix)-\(UUID().uuidString).jsonl"))
    }
}
