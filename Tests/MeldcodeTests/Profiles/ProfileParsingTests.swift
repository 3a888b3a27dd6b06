import Ledger
import Testing
@testable import Meldcode

/// Strict reading of a profile: anything the format does not know, or that cannot be checked, is refused.
@Suite("Protocol profile parsing")
struct ProfileParsingTests {
    /// A change to the basismodel's JSON and the error code it must cause.
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let path: [String]
        let value: JSONValue?
        let code: String
        var testDescription: String { label }
    }

    static let citation0 = ["decision", "citations", "0"]

    static let cases: [Case] = [
        Case(label: "unknown top-level member", path: ["colour"], value: .string("blue"), code: "profile-unknown-member"),
        Case(label: "unknown member in a rule", path: ["decision", "vetoes"], value: .array([]), code: "profile-unknown-member"),
        Case(label: "unknown member in a citation", path: citation0 + ["page"], value: .integer(3), code: "profile-unknown-member"),
        Case(label: "unknown member in an age band", path: ["ageRule", "bands", "0", "gender"], value: .string("x"), code: "profile-unknown-member"),
        Case(label: "unknown role", path: ["decision", "deciders", "0"], value: .string("conciërge"), code: "profile-unknown-role"),
        Case(label: "unknown role in step 2", path: ["consultation", "mustConsult"], value: .array([.string("juf")]), code: "profile-unknown-role"),
        Case(label: "missing rule", path: ["decision"], value: nil, code: "profile-missing-member"),
        Case(label: "missing citation quote", path: citation0 + ["quote"], value: nil, code: "profile-missing-member"),
        Case(label: "seed that does not exist", path: citation0 + ["seed"], value: .string("005_0000000000000000.txt"), code: "profile-bad-citation"),
        Case(label: "line range without an end", path: citation0 + ["lines"], value: .string("217"), code: "profile-bad-citation"),
        Case(label: "line range from line 0", path: citation0 + ["lines"], value: .string("0-3"), code: "profile-bad-citation"),
        Case(label: "line range backwards", path: citation0 + ["lines"], value: .string("218-217"), code: "profile-bad-citation"),
        Case(label: "line range past the seed's end", path: citation0 + ["lines"], value: .string("650-656"), code: "profile-bad-citation"),
        Case(label: "line range too wide", path: citation0 + ["lines"], value: .string("1-41"), code: "profile-bad-citation"),
        Case(label: "line range with a sign", path: citation0 + ["lines"], value: .string("+1-2"), code: "profile-bad-citation"),
        Case(label: "empty quote", path: citation0 + ["quote"], value: .string("  "), code: "profile-bad-citation"),
        Case(label: "rule without citations or a note", path: ["melder", "citations"], value: .array([]), code: "profile-bad-citation"),
        Case(label: "role listed twice", path: ["consultation", "mustConsult"], value: .array([.string("smw"), .string("smw")]),
             code: "profile-invalid-value"),
        Case(label: "nobody may decide", path: ["decision", "deciders"], value: .array([]), code: "profile-invalid-value"),
        Case(label: "unknown forum", path: ["weighing", "forum"], value: .string("klassenraad"), code: "profile-invalid-value"),
        Case(label: "version 0", path: ["version"], value: .integer(0), code: "profile-invalid-value"),
        Case(label: "name that is not a slug", path: ["name"], value: .string("Mijn School"), code: "profile-invalid-value"),
        Case(label: "age bands with a gap", path: ["ageRule", "bands", "1", "minimumAge"], value: .integer(13), code: "profile-invalid-value"),
        Case(label: "age bands not starting at 0", path: ["ageRule", "bands", "0", "minimumAge"], value: .integer(4), code: "profile-invalid-value"),
        Case(label: "last age band closed", path: ["ageRule", "bands", "2", "maximumAge"], value: .integer(18), code: "profile-invalid-value"),
        Case(label: "unknown form of violence", path: ["specificForms", "adviceRequiredFor", "0"], value: .string("pesten"),
             code: "profile-invalid-value"),
        Case(label: "working days as text", path: ["veiligThuisFeedback", "workingDays"], value: .string("5"), code: "profile-wrong-type"),
        Case(label: "afwegingskader as a number", path: ["weighing", "afwegingskader"], value: .integer(1), code: "profile-wrong-type"),
        Case(label: "rule as a string", path: ["melder"], value: .string("directeur"), code: "profile-wrong-type"),
    ]

    @Test("A profile that breaks a rule of the format is refused with its code", arguments: cases)
    func refused(change: Case) throws {
        let json = try Self.changing(ProtocolProfile.basismodel.json, at: change.path[...], to: change.value)
        let error = try #require(throws: ProfileError.self) { try ProtocolProfile(json: json) }
        #expect(error.code == change.code, "\(error.message)")
    }

    @Test("Text that is not JSON, or holds a fraction, is refused with profile-invalid-json")
    func notJSON() {
        for text in ["{", #"{"version": 1.5}"#, ""] {
            let error = #expect(throws: ProfileError.self) { try ProtocolProfile(bytes: Array(text.utf8)) }
            #expect(error?.code == "profile-invalid-json")
        }
    }

    @Test("A profile that is not an object is refused with profile-wrong-type")
    func notAnObject() {
        let error = #expect(throws: ProfileError.self) { try ProtocolProfile(json: .array([])) }
        #expect(error?.code == "profile-wrong-type")
    }

    @Test("Optional rules may be left out, and roles in any order read as the same profile")
    func optionalAndOrder() throws {
        var json = try #require(ProtocolProfile.basismodel.json.objectValue)
        json["verwijsindex"] = nil
        json = try #require(Self.changing(.object(json), at: ["decision", "deciders"], to: .array([.string("smw"), .string("directeur")])).objectValue)
        let profile = try ProtocolProfile(json: .object(json))
        #expect(!profile.mustWeighVerwijsindex)
        #expect(profile.decision.deciders == [.directeur, .smw])
        #expect(try ProtocolProfile(json: profile.json) == profile)
    }

    /// `value` with the member at `path` replaced by `replacement` (or removed, for `nil`); array elements by index.
    static func changing(_ value: JSONValue, at path: ArraySlice<String>, to replacement: JSONValue?) throws -> JSONValue {
        guard let key = path.first else { return try #require(replacement) }
        switch value {
        case .object(var members):
            if path.count == 1 {
                members[key] = replacement
            } else {
                members[key] = try changing(try #require(members[key]), at: path.dropFirst(), to: replacement)
            }
            return .object(members)
        case .array(var elements):
            let index = try #require(Int(key))
            elements[index] = try changing(elements[index], at: path.dropFirst(), to: replacement)
            return .array(elements)
        default:
            throw ParsingFixtureError(path: path.joined(separator: "."))
        }
    }
}

/// A test's change names a path the profile does not have.
struct ParsingFixtureError: Error {
    let path: String
}
