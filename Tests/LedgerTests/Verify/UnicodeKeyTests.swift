import Sodium
import Testing
@testable import Ledger

/// Object keys that differ in code units but are canonically equivalent (`é` and `e` + U+0301, `Å` and
/// U+212B ANGSTROM SIGN, `K` and U+212A KELVIN SIGN): both verifiers refuse them as `not-canonical` at that
/// event (the kept logs hold `tools/verify.py` to the same verdict), while keys that only look alike
/// without being equivalent are accepted by both.
@Suite("Unicode keys")
struct UnicodeKeyTests {
    static let salt = #""salt":"abababababababababababababababab""#

    @Test("A payload with two canonically equivalent keys is refused as not-canonical at its seq",
          arguments: [
            "{\"e\u{301}\":1,\(salt),\"\u{E9}\":2}", "{\(salt),\"\u{C5}\":1,\"\u{212B}\":2}",
            "{\"K\":1,\(salt),\"\u{212A}\":2}", "{\"text\":{\"e\u{301}\":1,\"\u{E9}\":2},\(salt)}",
          ])
    func equivalentKeys(payload: String) throws {
        let logbook = try TestLogbook(notes: 1)
        let lines = try logbook.lines
        let previous = try Forge.event(try #require(lines.last))
        let forged = Forge.line(after: previous, author: "lk.bakker", key: try TestLogbook.key(for: "lk.bakker"), payloadBytes: Array(payload.utf8))
        let failure = try #require(try logbook.verify(lines: lines + [forged]).failure)
        #expect(failure.code == .notCanonical)
        #expect(failure.seq == lines.count)
    }

    @Test("A registry payload key canonically equivalent to a member's name (publicKey with U+212A KELVIN SIGN) is not that member",
          arguments: ["public\u{212A}ey", "publicKey"])
    func equivalentMemberName(key: String) throws {
        let logbook = try TestLogbook(notes: 1)
        let newKey = try TestLogbook.key(for: "new")
        let payload: [String: JSONValue] = [
            "actor": .string("lk.bakker"), key: .string(Base64.encode(newKey.publicKey.bytes)),
            "encryptionKey": .string(Base64.encode(try TestLogbook.encryptionKey(for: "new").publicKey.bytes)),
        ]
        let lines = try Forge.appending(to: try logbook.lines, author: "dir.jansen", type: "actor.key_rotated", stream: "logbook", payload: payload)
        let report = try logbook.verify(lines: lines)
        if key.utf8.elementsEqual("publicKey".utf8) {  // not `==`, which holds for both
            #expect(report.isValid, "\(String(describing: report.failure))")
        } else {
            let failure = try #require(report.failure)
            #expect(failure.code == .malformedEvent)
            #expect(failure.seq == lines.count - 1)
        }
    }

    @Test("Keys that look alike but are not equivalent (Latin a and Cyrillic а) verify")
    func distinctKeys() throws {
        let logbook = try TestLogbook(notes: 1)
        let lines = try logbook.lines
        let previous = try Forge.event(try #require(lines.last))
        let payload = "{\"a\":1,\(Self.salt),\"\u{430}\":2}"
        let forged = Forge.line(after: previous, author: "lk.bakker", key: try TestLogbook.key(for: "lk.bakker"), payloadBytes: Array(payload.utf8))
        #expect(try logbook.verify(lines: lines + [forged]).isValid)
    }
}
