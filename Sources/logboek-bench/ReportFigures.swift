import Documents
import Foundation
import Ledger
import Meldcode
import Sodium

/// The time to make a case's dossier with its evidence bundle: the case folded and judged, the report
/// model, the HTML, and the bundle (lines, disclosed payloads, inclusion proofs against a signed
/// checkpoint) checked once as `report --bundle` does. Reading and verifying the log from disk, which
/// `verify` measures, is not part of it.
struct ReportFigures {
    let figures: LogbookFigures

    /// The best of three runs, in milliseconds, for a case of `events` events.
    func dossierMilliseconds(events count: Int) throws -> Double {
        let layout = try figures.create(named: "report-\(count)")
        let writer = try LogWriter(opening: layout, rules: CaseAuthority())
        let stream = CaseStream.name(of: "2026-001")
        let opened = EventDraft(type: EventType.caseOpened.rawValue, stream: stream, payload: [
            "childRef": .string("LL-1"), "childName": .string("Sara de Boer"), "birthDate": .string("2017-03-14"),
            "reason": .string("Zorgen over ontbijt."),
        ])
        let signals = (1..<count).map { index in
            EventDraft(type: EventType.signalRecorded.rawValue, stream: stream, payload: LogbookFigures.draft(index).payload)
        }
        _ = try writer.append([opened] + signals, author: figures.author, signingKey: figures.key)
        var events = [Event]()
        guard try Verifier().verify(logAt: layout.log, onEvent: { events.append($0) }).isValid else { throw BenchError.invalidLog }
        return try (0..<3).map { _ in try Stopwatch.time { try dossier(of: events, stream: stream) } * 1000 }.min() ?? 0
    }

    private func dossier(of events: [Event], stream: String) throws {
        let recorded = events.map(RecordedEvent.init)
        let roles: [String: Set<Role>] = [figures.author: [.administratie]]
        guard let snapshot = CaseReplay.snapshot(of: "2026-001", in: recorded, asOf: events.count - 1, actorRoles: roles) else {
            throw BenchError.invalidLog
        }
        let caseEvents = Dictionary(uniqueKeysWithValues: events.filter { $0.header.stream == stream }.map { ($0.header.seq, $0) })
        let profile = try ActorProfile(
            id: figures.author, name: "Bench", roles: [.administratie], isAdministrator: true, qualifications: [], publicKey: figures.key.publicKey,
            encryptionKey: figures.encryptionKey.publicKey)
        let tree = MerkleTree(try MemoryTree(leaves: events.map(\.hash)))
        let checkpoint = try SignedCheckpoint(
            signing: try Checkpoint(origin: "logboek.invalid/bench", size: events.count, root: try tree.root(size: events.count)), with: figures.key)
        let key = try NoteVerifierKey(name: "logboek.invalid/bench", type: NoteVerifierKey.ed25519, publicKey: figures.key.publicKey)
        let input = ReportInput(
            snapshot: snapshot, organisation: "Bench", actors: [figures.author: profile], hashes: caseEvents.mapValues(\.hashHex),
            integrity: IntegrityStatement(verifiedThrough: events.count - 1, headHash: events.last?.hashHex ?? ""))
        let report = try ReportBuilder.report(.dossier, from: input)
        let document = Array(ReportHTML.document(report).utf8)
        let bundle = try BundleBuilder.bundle(
            for: report, document: document, events: caseEvents,
            contents: Dictionary(uniqueKeysWithValues: recorded.filter { $0.stream == stream }.map { ($0.seq, $0) }), authorKeys: caseEvents.mapValues { _ in figures.key.publicKey },
            leaves: events.map(\.hash), checkpoint: checkpoint, verifierKey: key, issuer: figures.key)
        try BundleVerifier.verify(bundle, key: key)
        _ = bundle.bytes
    }
}

/// A benchmark log that does not verify (it cannot happen unless the writer is broken).
enum BenchError: Error {
    case invalidLog
}
