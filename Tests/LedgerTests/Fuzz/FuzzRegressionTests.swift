import Foundation
import Testing
@testable import Ledger

/// Every log on which the differential fuzzer found the two verifiers disagreeing (or this one crashing),
/// kept in `tools/testdata/fuzz/` beside the verdict both must now reach; `tools/test_hostile_files.py`
/// holds `tools/verify.py` to the same verdicts. (They are not kept as test artifacts: a hostile log that
/// verifies, such as a name of one control character, is no example for the schema validation.)
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("tools/testdata/fuzz")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".jsonl") }.map { String($0.dropLast(".jsonl".count)) }.sorted()
    }

    @Test("Each kept log gets its recorded verdict", arguments: names)
    func keptLog(name: String) throws {
        let log = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name + ".jsonl")))
        let expected = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: Self.folder.appendingPathComponent(name + ".verdict.json"))) as? [String: Any])
        let report = try LogFile.verify(log, keep: false)
        #expect(report.isValid == (expected["ok"] as? Bool))
        #expect(report.validEventCount == (expected["events"] as? Int))
        #expect(report.failure?.code.rawValue == (expected["code"] as? String))
        #expect(report.failure?.seq == (expected["seq"] as? Int))
        #expect(report.failure?.line == (expected["line"] as? Int))
    }

    @Test("The kept logs are there")
    func keptLogsExist() {
        #expect(Self.names.count >= 2)
    }
}
