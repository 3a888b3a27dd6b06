import Ledger
import Meldcode
@testable import Sodium
import Testing

/// A small case built in memory, event by event, and the report input made from it.
struct ReportScenario {
    /// The case id.
    let caseID: String
    /// The case's events so far.
    private(set) var events: [RecordedEvent] = []
    /// The actors by id.
    let actors: [String: ActorProfile]

    /// The staff of the scenarios: a director who may make the melding, an IB'er and a teacher.
    static func staff() throws -> [String: ActorProfile] {
        let people: [(String, String, Role)] = [
            ("dir.jansen", "M. Jansen", .directeur), ("ib.devries", "A. de Vries", .internBegeleider), ("lk.bakker", "S. Bakker", .leerkracht),
        ]
        var actors = [String: ActorProfile]()
        for (index, (id, name, role)) in people.enumerated() {
            let key = try Ed25519SigningKey(seed: [UInt8](repeating: UInt8(index + 1), count: 32))
            let encryptionKey = try X25519SecretKey(secretBytes: [UInt8](repeating: UInt8(index + 1), count: 32))
            actors[id] = try ActorProfile(
                id: id, name: name, roles: [role], isAdministrator: false, qualifications: [], publicKey: key.publicKey,
                encryptionKey: encryptionKey.publicKey)
        }
        return actors
    }

    /// A case opened for a child.
    init(caseID: String = "2026-019", childName: String = "Sara El Idrissi") throws {
        self.caseID = caseID
        actors = try Self.staff()
        record("case.opened", by: "lk.bakker", [
            "childRef": .string("LL-18102"), "childName": .string(childName), "birthDate": .string("2014-06-20"),
            "group": .string("groep 8"), "reason": .string("Sara vertelt dat haar vader haar heeft geslagen."),
        ])
    }

    /// Records an event; returns its seq.
    @discardableResult
    mutating func record(_ type: String, by author: String, _ payload: [String: JSONValue]) -> Int {
        let seq = 10 + events.count
        let moment = Timestamp(millisecondsSinceEpoch: 1_794_000_000_000 + Int64(seq) * 60_000)
        var salted = payload
        salted["salt"] = .string("00112233445566778899aabbccddeeff")
        events.append(RecordedEvent(seq: seq, recordedAt: moment, author: author, type: type, stream: "case/\(caseID)", payload: salted))
        return seq
    }

    /// A signal; returns its seq.
    @discardableResult
    mutating func signal(_ description: String, kind: String = "observation", stance: String = "supports", source: JSONValue = .object(["kind": .string("self")])) -> Int {
        record("signal.recorded", by: "lk.bakker", [
            "description": .string(description), "observedOn": .string("2026-11-16"), "kind": .string(kind), "stance": .string(stance),
            "source": source,
        ])
    }

    /// A melding made by the director; returns its seq.
    @discardableResult
    mutating func melding(anonymous: Bool, facts: [Int]) -> Int {
        var payload: [String: JSONValue] = [
            "veiligThuis": .string("Veilig Thuis IJsselland"), "madeBy": .string("dir.jansen"), "madeOn": .string("2026-11-16"),
            "anonymous": .bool(anonymous), "facts": .array(facts.map { .integer(Int64($0)) }),
            "schoolContinues": .string("De IB'er volgt Sara dagelijks."),
        ]
        if anonymous { payload["anonymityReason"] = .string("threat-to-child") }
        return record("melding.made", by: "dir.jansen", payload)
    }

    /// The report input as of the last event.
    var input: ReportInput {
        get throws {
            let roles = actors.mapValues { Set($0.roles) }
            let snapshot = try #require(CaseReplay.snapshot(of: caseID, in: events, asOf: events.last?.seq ?? 0, actorRoles: roles))
            let hashes = Dictionary(uniqueKeysWithValues: events.map { ($0.seq, String(repeating: "ab", count: 32)) })
            return ReportInput(
                snapshot: snapshot, organisation: "Basisschool De Klimtoren", actors: actors, hashes: hashes,
                integrity: IntegrityStatement(verifiedThrough: events.last?.seq ?? 0, headHash: String(repeating: "cd", count: 32)))
        }
    }

    /// A report of the case.
    func report(_ kind: ReportKind, draft: Bool = false) throws -> Report {
        try ReportBuilder.report(kind, from: try input, draft: draft)
    }
}
