import Foundation
import Ledger
import Meldcode
import Sodium

/// A logbook the size of decades of records, written quickly: cases of 20 events (opened, 18 signals,
/// closed), 100 of them interleaved at a time, and the last 100 left open. Its one actor, an
/// administrator and IB'er, has a key file whose Argon2id costs are libsodium's minimum, so commands
/// are timed without the cost of opening a key.
struct ScaleLogbook {
    static let author = "bench.ib"
    static let passphrase = "bench-passphrase"
    static let caseSize = 20
    static let activeCases = 100

    let layout: LogbookLayout
    let events: Int
    /// The author's keys.
    let keys: ActorKeys
    /// Seconds it took to write.
    let writeSeconds: Double

    /// The environment a command signing as the author needs.
    static let environment = ["LOGBOEK_PASSPHRASE": passphrase]

    /// Writes a logbook of `events` events in `directory`.
    init(events: Int, in directory: URL) throws {
        self.events = events
        layout = LogbookLayout(directory: directory.appendingPathComponent("scale-\(events)"))
        let key = Ed25519SigningKey()
        let encryptionKey = X25519SecretKey()
        let profile = try ActorProfile(
            id: Self.author, name: "Bench", roles: [.internBegeleider], isAdministrator: true, qualifications: [], publicKey: key.publicKey,
            encryptionKey: encryptionKey.publicKey)
        let layout = layout
        let keys = ActorKeys(signing: key, encryption: encryptionKey)
        self.keys = keys
        writeSeconds = try Stopwatch.time {
            let writer = try LogWriter.create(at: layout, organisation: "Bench", administrator: profile, signingKey: key,
                recoveryKey: X25519SecretKey().publicKey, rules: CaseAuthority())
            try KeyStore(layout: layout, limits: Argon2idLimits(opsLimit: 1, memLimit: 8192))
                .store(key, encryptionKey: encryptionKey, for: Self.author, passphrase: try SecretBytes(copying: Self.passphrase))
            // Through the checked append, group by group as `append --batch` writes, so the cases are sealed.
            var batch = BatchAppend(writer: writer, author: Self.author, keys: keys)
            var written = writer.state.nextSeq
            while written < events {
                let size = min(10_000, events - written)
                _ = try batch.append((written..<(written + size)).map { Self.draft(seq: $0, of: events) }, now: SystemClock().now())
                written += size
            }
        }
    }

    /// A case that is still open, with as many events as any other.
    var openCase: String { "c\(Self.block(of: events - 1) * Self.activeCases)" }

    /// The open cases.
    var openCases: [String] { (0..<Self.activeCases).map { "c\(Self.block(of: events - 1) * Self.activeCases + $0)" } }

    private static func block(of seq: Int) -> Int { (seq - 1) / (caseSize * activeCases) }

    /// The event with `seq` in a log of `count` events.
    private static func draft(seq: Int, of count: Int) -> EventDraft {
        let within = (seq - 1) % (caseSize * activeCases)
        let stream = "case/c\(block(of: seq) * activeCases + within % activeCases)"
        switch within / activeCases {
        case 0:
            return EventDraft(type: EventType.caseOpened.rawValue, stream: stream, payload: [
                "childRef": .string("LL-\(seq)"), "childName": .string("Kind \(seq)"), "birthDate": .string("2017-03-14"),
                "reason": .string("Zorgen over ontbijt en kleding."), "openedOn": .string("2026-11-02"),
            ])
        case caseSize - 1 where block(of: seq) < block(of: count - 1):
            return EventDraft(type: EventType.caseClosed.rawValue, stream: stream, payload: [
                "reason": .string("no-concern"), "explanation": .string("Geen zorg na weging; afspraken over monitoring."),
                "closedOn": .string("2026-11-20"),
            ])
        default:
            return EventDraft(type: EventType.signalRecorded.rawValue, stream: stream, payload: signal(seq))
        }
    }

    /// The payload of a signal, as `record signal.recorded` writes it.
    static func signal(_ index: Int) -> [String: JSONValue] {
        [
            "description": .string("Leerling kwam zonder jas en zonder ontbijt op school; vertelde dat er thuis ruzie was (\(index))."),
            "observedOn": .string("2026-11-20"), "kind": .string("observation"), "stance": .string("supports"),
            "source": .object(["kind": .string("self")]),
        ]
    }
}
