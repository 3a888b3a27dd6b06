import Foundation
import Ledger
import Meldcode
import Sodium

/// Logboek's own figures, measured through the same code paths the CLI uses.
struct LogbookFigures {
    let directory: URL
    let key = Ed25519SigningKey()
    let encryptionKey = X25519SecretKey()
    let author = "bench.writer"

    /// Creates a logbook whose administrator is the bench's writer.
    func create(named name: String) throws -> LogbookLayout {
        let layout = LogbookLayout(directory: directory.appendingPathComponent(name))
        let profile = try ActorProfile(
            id: author, name: "Bench", roles: [.administratie], isAdministrator: true, qualifications: [], publicKey: key.publicKey,
            encryptionKey: encryptionKey.publicKey)
        _ = try LogWriter.create(at: layout, organisation: "Bench", administrator: profile, signingKey: key, recoveryKey: X25519SecretKey().publicKey)
        return layout
    }

    /// A small event whose line is about 512 bytes, the record size of the append+fdatasync ceiling.
    static func smallDraft(_ index: Int) -> EventDraft {
        EventDraft(type: "memo.noted", stream: "case/2026-\(index % 50)", payload: ["text": .string("Gesprek gepland (\(index % 10)).")])
    }

    /// A typical event: a signal in a case, as `record signal.recorded` writes it (a line of about 750 bytes).
    static func draft(_ index: Int) -> EventDraft {
        EventDraft(type: EventType.signalRecorded.rawValue, stream: "case/2026-\(index % 50)", payload: [
            "description": .string("Leerling kwam zonder jas en zonder ontbijt op school; vertelde dat er thuis ruzie was (\(index))."),
            "observedOn": .string("2026-11-23"),
            "kind": .string("observation"),
            "stance": .string("supports"),
            "source": .object(["kind": .string("self")]),
        ])
    }

    /// Durable single-event appends per second, each synced before the next starts, and the average
    /// line length they wrote.
    /// With `sealed`, each case stream has a key and every payload is stored sealed, as case events are.
    func singleAppendRate(
        seconds: Double, name: String, sealed: Bool = false, draft: @escaping (Int) -> EventDraft
    ) throws -> (rate: Double, lineBytes: Int) {
        let layout = try create(named: name)
        let writer = try LogWriter(opening: layout)
        let sizeBefore = try fileSize(layout.log)
        var keyring = StreamKeyring(holder: author)
        if sealed { for stream in Set((0..<50).map { draft($0).stream }) { keyring.add([StreamKey(epoch: 0)], of: stream) } }
        var index = 0
        var failure: (any Error)?
        let rate = Stopwatch.rate(seconds: seconds) {
            do {
                try writer.append([draft(index)], author: author, signingKey: key, keyring: sealed ? keyring : nil)
            } catch {
                failure = error
            }
            index += 1
        }
        if let failure { throw failure }
        return (rate, (try fileSize(layout.log) - sizeBefore) / max(1, index))
    }

    /// Payloads sealed per second: a typical event's canonical payload (with its salt) sealed as a case event's is
    /// (nonce, commitment, XChaCha20-Poly1305, the stored object encoded), the work sealing adds to an append.
    static func sealRate(seconds: Double) -> Double {
        var payload = draft(0).payload
        payload["salt"] = .string(String(repeating: "ab", count: 16))
        let plaintext = CanonicalJSON.encode(.object(payload))
        let key = StreamKey(epoch: 0)
        var bytes = 0
        let rate = Stopwatch.rate(seconds: seconds) {
            bytes &+= CanonicalJSON.encode(.object(SealedPayload(sealing: plaintext, stream: "case/2026-1", type: EventType.signalRecorded.rawValue, key: key).stored)).count
        }
        return bytes > 0 ? rate : 0
    }

    private func fileSize(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    }

    /// Events per second for one batch of `count` events written with one sync.
    func batchedAppendRate(count: Int) throws -> Double {
        let writer = try LogWriter(opening: try create(named: "batched"))
        let drafts = (0..<count).map(Self.draft)
        let seconds = try Stopwatch.time { try writer.append(drafts, author: author, signingKey: key) }
        return Double(count) / seconds
    }

    /// A logbook of `count` events, written in batches of 10 000.
    func logbook(events count: Int, named name: String) throws -> LogbookLayout {
        let layout = try create(named: name)
        let writer = try LogWriter(opening: layout)
        var written = 1
        while written < count {
            let size = min(10_000, count - written)
            try writer.append((written..<(written + size)).map(Self.draft), author: author, signingKey: key)
            written += size
        }
        return layout
    }
}
