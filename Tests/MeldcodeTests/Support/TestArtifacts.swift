import Foundation
import Testing
import Ledger
@testable import Meldcode

/// Keeps what the tests write in `$LOGBOEK_TEST_ARTIFACTS`, so `tools/test` validates it against the schemas:
/// logs (`*.jsonl`) and profiles (`<name>.profile.json`, against `Schemas/profile.schema.json`).
enum TestArtifacts {
    static func keep(_ profile: ProtocolProfile) throws {
        try write(Data(CanonicalJSON.encode(profile.json)), named: "\(profile.name)-\(UUID().uuidString).profile.json")
    }

    static func keep(log: Data) throws {
        try write(log, named: "meldcode-\(UUID().uuidString).jsonl")
    }

    private static func write(_ data: Data, named name: String) throws {
        guard let folder = ProcessInfo.processInfo.environment["LOGBOEK_TEST_ARTIFACTS"] else { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
    }
}
