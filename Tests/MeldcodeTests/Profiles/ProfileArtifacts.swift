import Foundation
import Testing
import Ledger
@testable import Meldcode

/// Keeps profiles in `$LOGBOEK_TEST_ARTIFACTS` as `<name>.profile.json`, so `tools/test` validates them
/// against `Schemas/profile.schema.json`.
enum ProfileArtifacts {
    static func keep(_ profile: ProtocolProfile) throws {
        guard let folder = ProcessInfo.processInfo.environment["LOGBOEK_TEST_ARTIFACTS"] else { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = URL(fileURLWithPath: folder).appendingPathComponent("\(profile.name)-\(UUID().uuidString).profile.json")
        try Data(CanonicalJSON.encode(profile.json)).write(to: file)
    }
}

extension ProtocolProfile: CustomTestStringConvertible {
    /// Tests name a profile argument by its name.
    public var testDescription: String { name }
}
