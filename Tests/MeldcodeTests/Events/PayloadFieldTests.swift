import Foundation
import Ledger
import Testing
@testable import Meldcode

/// Payload members are named in code through ``PayloadField``, never as strings: a misspelt member is a compile
/// error, and a required member that is missing is a decoding error with its code, never an empty string.
@Suite("Payload fields by name")
struct PayloadFieldTests {
    private static func names(in schema: PayloadSchema) -> Set<String> {
        schema.fields.reduce(into: Set<String>()) { found, field in
            found.insert(field.name)
            found.formUnion(names(in: field.kind))
        }
    }

    private static func names(in kind: FieldKind) -> Set<String> {
        switch kind {
        case .object(let schema): names(in: schema)
        case .list(let element, _): names(in: element)
        default: []
        }
    }

    @Test("PayloadField holds exactly the catalogue's member names, at every depth, and the profile an adoption carries")
    func casesMatchTheCatalogue() {
        let catalogued = EventCatalogue.standard.definitions.reduce(into: Set<String>()) { $0.formUnion(Self.names(in: $1.payload)) }
        let named = Set(PayloadField.allCases.map(\.rawValue))
        #expect(named.subtracting(catalogued) == [PayloadField.profile.rawValue], "not in the catalogue: \(named.subtracting(catalogued).sorted())")
        #expect(catalogued.subtracting(named).isEmpty, "missing: \(catalogued.subtracting(named).sorted())")
    }

    @Test("A required member that is absent or of another shape is a decoding error naming it, with code payload-undecodable")
    func requiredMembers() throws {
        let payload = [String: JSONValue](fields: [.statement: .string("Zorgen over thuis."), .signals: .array([.integer(3), .string("x")])])
        #expect(try payload.text(.statement) == "Zorgen over thuis.")
        #expect(payload.seqs(.signals) == [3])
        #expect(payload.seqs(.evidence).isEmpty && payload.texts(.participants).isEmpty)
        let missing = #expect(throws: MeldcodeError.self) { try payload.text(.reason) }
        #expect(missing?.code == "payload-undecodable" && missing?.message.contains("'reason'") == true)
        #expect(throws: MeldcodeError.undecodable("the payload has no seq 'statement'")) { try payload.seq(.statement) }
    }

    @Test("A payload lacking a required member, or holding one in another shape, at any depth, is named by its path")
    func undecodableMembers() throws {
        let signal = try EventCatalogue.standard.require(EventType.signalRecorded.rawValue).payload
        var payload = [String: JSONValue](fields: [
            .description: .string("Blauwe plek op de arm."), .observedOn: .string("2026-11-02"), .kind: .string("observation"),
            .stance: .string("supports"), .source: .object([String: JSONValue](fields: [.kind: .string("self")])),
        ])
        #expect(signal.undecodableMember(in: payload) == nil)
        payload[.source] = .object([String: JSONValue](fields: [.kind: .integer(3)]))
        #expect(signal.undecodableMember(in: payload)?.path == "source.kind")
        payload[.source] = nil
        #expect(signal.undecodableMember(in: payload).map { "\($0.path) \($0.problem)" } == "source is missing")
        let checklist = try EventCatalogue.standard.require(EventType.checklistCompleted.rawValue).payload
        let answers = [String: JSONValue](fields: [.completedOn: .string("2026-11-02"), .answers: .array([.object([String: JSONValue](fields: [.item: .string("opvoeding-3")]))])])
        #expect(checklist.undecodableMember(in: answers)?.path == "answers[0].answer")
    }

    @Test("A case event whose opened payload lacks a member its type requires stops the read with payload-undecodable")
    func undecodableEvent() throws {
        let logbook = try MeldcodeLogbook()
        let writer = try LogWriter(opening: logbook.layout, clock: FixedClock(CaseFixture.now), lockTimeout: 0, rules: CaseAuthority())
        let keys = ActorKeys(signing: try MeldcodeLogbook.key(CaseFixture.author), encryption: try MeldcodeLogbook.encryptionKey(CaseFixture.author))
        let drafts = Array(CaseFixture.drafts.prefix(2))
        let events = try CheckedAppend(drafts, writer: writer, author: CaseFixture.author, keys: keys, now: CaseFixture.now).append(drafts)
        let content = try CaseContent(writer: writer, holder: .actor(CaseFixture.author), secret: keys.encryption, rule: .standard)
        let event = try #require(events.last)
        let opened = try content.recorded(event)
        let definition = try EventCatalogue.standard.require(event.header.type)
        let firstRequired = definition.payload.fields.first { $0.isRequired }
        let required = try #require(firstRequired)
        var broken = opened.payload
        broken[required.name] = nil
        let error = #expect(throws: MeldcodeError.self) { try RecordedEvent(decoding: event, content: broken) }
        #expect(error == .undecodable("event \(event.header.seq) (\(event.header.type)): member '\(required.name)' is missing"))
        #expect(error?.code == "payload-undecodable")
    }

    @Test("No source file outside the catalogue reads or builds a payload member through a string literal")
    func noFieldLiteralsInSources() throws {
        let sources = CaseFixture.repositoryRoot.appendingPathComponent("Sources")
        // The catalogue names the members; the benchmark writes sample cases the way the tests' fixtures do.
        let exempt = [
            "Ledger/", "Meldcode/Events/EventCatalogue", "Meldcode/Events/EventDefinition+PaperRecord.swift", "Meldcode/Payload/PayloadField.swift",
            "logboek-bench/",
        ]
        let fields = Set(PayloadField.allCases.map(\.rawValue))
        // A member read off a payload (`payload["kind"]`, `payload(of: event)?["kind"]`), and a member written into a
        // payload or a draft's literal (`payload: ["kind": …]`, `payload["kind"] = …`).
        let read = try NSRegularExpression(pattern: #"payload\w*(\([^()]*\))?\??\[\s*"(\w+)""#)
        let literalKey = try NSRegularExpression(pattern: #""(\w+)"\s*:\s*[.\[]"#)
        var found = [String]()
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        for path in files where path.hasSuffix(".swift") && !exempt.contains(where: path.hasPrefix) {
            let lines = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8).components(separatedBy: "\n")
            for (index, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                let range = NSRange(line.startIndex..., in: line)
                let reads = read.matches(in: line, range: range).compactMap { Range($0.range(at: 2), in: line).map { String(line[$0]) } }
                let context = lines[max(0, index - 2)...index].joined()
                let builds = context.contains("payload") || context.contains("EventDraft(")
                    ? literalKey.matches(in: line, range: range).compactMap { Range($0.range(at: 1), in: line).map { String(line[$0]) } } : []
                for name in reads + builds where fields.contains(name) { found.append("\(path):\(index + 1): \"\(name)\"") }
            }
        }
        #expect(files.count > 100)
        #expect(found.isEmpty, "use PayloadField instead: \(found)")
    }
}
