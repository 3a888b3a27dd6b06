import Foundation
import Testing

/// Input a hostile or careless user gives the CLI: refused with a clear message, and nothing is written.
@Suite("Hostile input")
struct HostileInputTests {
    @Test("A batch line whose expectVersion is not a whole number is refused, not appended unchecked",
          arguments: [#""0""#, "null", "true", "[]", "{}", "-1", #""""#])
    func expectVersionMustBeAnInteger(_ version: String) throws {
        let logbook = try CLILogbook()
        let before = try logbook.log
        let batch = """
            {"type":"memo.noted","stream":"memo/1","payload":{"text":"een"}}
            {"type":"memo.noted","stream":"memo/1","payload":{"text":"twee"},"expectVersion":\(version)}

            """
        let result = try logbook.run(["append", "--batch", "-"], as: "lk.bakker", input: batch)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("batch line 2"), "\(result.stderr)")
        #expect(result.stderr.contains("(invalid-input)"), "\(result.stderr)")
        #expect(try logbook.log == before)
    }

    @Test("A batch line with an integer expectVersion is still checked against the stream")
    func integerExpectVersionIsChecked() throws {
        let logbook = try CLILogbook()
        let batch = #"{"type":"memo.noted","stream":"memo/1","payload":{"text":"een"},"expectVersion":3}"# + "\n"
        let result = try logbook.run(["append", "--batch", "-"], as: "lk.bakker", input: batch)
        #expect(result.status == 1)
        #expect(result.stderr.contains("(version-conflict)"), "\(result.stderr)")
    }
}
