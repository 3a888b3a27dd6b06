import Ledger
import Testing
@testable import Meldcode

/// Admission matches payload keys to field names, and values to choices, by their code units: a string that
/// is only canonically equivalent (`é` U+00E9 and `e` + U+0301, `Å` U+00C5 and U+212B ANGSTROM SIGN) is another
/// key or value, as it is to JCS and to `tools/verify.py`, never the one Swift's `String ==` would take it for.
@Suite("Code-unit matching in admission")
struct CodeUnitMatchTests {
    private static let now = CaseFixture.now

    @Test("A key canonically equivalent to a field's name is an unknown member, the exact name is the field",
          arguments: [("\u{E9}", "e\u{301}"), ("e\u{301}", "\u{E9}"), ("\u{C5}", "\u{212B}"), ("K", "\u{212A}")])
    func equivalentKey(field: String, key: String) {
        let spec = FieldSpec("o", .object(PayloadSchema([FieldSpec(field, .text, label: "l", summary: "s")])), label: "l", summary: "s")
        let problem = spec.problem(with: .object([key: .string("tekst")]), recordedAt: Self.now)
        #expect(problem?.contains("is not a member") == true, "\(String(describing: problem))")
        #expect(spec.problem(with: .object([field: .string("tekst")]), recordedAt: Self.now) == nil)
    }

    @Test("A value canonically equivalent to a choice is not that choice",
          arguments: [("\u{E9}t\u{E9}", "e\u{301}te\u{301}"), ("\u{C5}", "\u{212B}"), ("\u{212B}", "\u{C5}")])
    func equivalentChoice(choice: String, value: String) {
        let spec = FieldSpec("c", .choice([Choice(choice, "keuze")]), label: "l", summary: "s")
        #expect(spec.problem(with: .string(value), recordedAt: Self.now)?.contains("must be one of") == true)
        #expect(spec.problem(with: .string(choice), recordedAt: Self.now) == nil)
    }

    @Test("A profile member spelled with a canonically equivalent key is not read as that member")
    func profileKey() throws {
        var exact = try ProfileReader(.object(["K": .integer(1)]), path: "")
        #expect(exact.optional("K") == .integer(1))
        var equivalent = try ProfileReader(.object(["\u{212A}": .integer(1)]), path: "")
        #expect(equivalent.optional("K") == nil)
        #expect(throws: ProfileError.self) { try equivalent.finish() }
    }
}
