import Ledger

/// What a report is made from, read through a session after one verified pass over the log: the case as of a seq,
/// the school and its actors, the case's stored events with their authors' keys, and the log's leaves. The case's
/// content comes from the session (opened once, under the session's lock, from the lines the pass read); the report's
/// read is noted on it.
public struct ReportSource {
    /// The case as of the report's seq.
    public let snapshot: CaseSnapshot
    /// The profiles the logbook adopted.
    public let profiles: ProfileHistory
    /// The actors and the organisation, as the log ends.
    public let registry: ActorRegistry
    /// The case's stored events by seq (for evidence bundles).
    public let caseEvents: [Int: Event]
    /// The key each case event's author signed with, by seq.
    public let authorKeys: [Int: PublicKey]
    /// The hashes of every event of the log, in order (the leaves of its Merkle tree).
    public let leaves: [[UInt8]]
    /// The log's last seq and its hash.
    public let head: (seq: Int, hash: String)
    /// The case's events with their content, by seq.
    public let contents: [Int: RecordedEvent]

    /// Verifies the session's log, then folds the case as of a seq.
    /// - Parameters:
    ///   - id: The case id.
    ///   - seq: The last seq to fold (`nil`: the log's last; `-1`: before anything was recorded).
    ///   - session: The reader's session.
    /// - Throws: ``LedgerError/damagedLog(_:)`` when the log does not verify (no report is made from a damaged log),
    ///   ``ReportError/caseNotFound(_:)``, what reading the case throws (`case-erased`, `no-access`).
    public init(case id: String, asOf seq: Int?, in session: CaseSession) throws {
        var leaves = [[UInt8]](), caseEvents = [Int: Event](), authorKeys = [Int: PublicKey]()
        var follower = ActorRegistry()
        var followFailure: VerifyFailure?
        let stream = CaseStream.name(of: id)
        let report = try session.writer.verifyLog(rules: CaseAuthority(), onEvent: { event in
            leaves.append(event.hash)
            do throws(VerifyFailure) {
                let key = try follower.follow(event)
                if event.header.stream == stream { (caseEvents[event.header.seq], authorKeys[event.header.seq]) = (event, key) }
            } catch { followFailure = followFailure ?? error }
        })
        if let failure = report.failure ?? followFailure { throw LedgerError.damagedLog(failure) }
        guard let state = report.state, !leaves.isEmpty, !caseEvents.isEmpty else { throw ReportError.caseNotFound(id) }
        // The case's lines were read by the pass: they are opened from it, not read again.
        let events = try session.content.events(ofCase: id, stored: caseEvents.keys.sorted().compactMap { caseEvents[$0] })
        let snapshot = CaseReplay.snapshot(
            of: id, in: events, asOf: seq ?? leaves.count - 1, profiles: session.profiles, actorRoles: session.actorRoles)
        guard let snapshot else { throw ReportError.caseNotFound(id) }
        self.snapshot = snapshot
        profiles = session.profiles
        registry = state.registry
        self.caseEvents = caseEvents
        self.authorKeys = authorKeys
        self.leaves = leaves
        head = (leaves.count - 1, state.headHashHex)
        contents = Dictionary(uniqueKeysWithValues: events.map { ($0.seq, $0) })
    }

    /// The verifier key of a checkpoint a bundle's proofs may lead to: one of this log, signed by one of its
    /// administrators, and matching the log.
    /// - Parameters:
    ///   - signed: The checkpoint.
    ///   - name: How to name it in an error (a file).
    /// - Returns: The key that verifies it.
    /// - Throws: ``ProofError`` for a checkpoint of another log, not signed by an administrator, or not matching the log.
    public func verifierKey(for signed: SignedCheckpoint, named name: String) throws -> NoteVerifierKey {
        let checkpoint = signed.checkpoint
        guard let genesis = leaves.first, checkpoint.origin == LogOrigin.of(genesisHash: genesis) else {
            throw ProofError.inconsistentLog("\(name) is a checkpoint of another log (\(checkpoint.origin))")
        }
        guard let key = registry.administratorKey(verifying: signed) else {
            throw ProofError.badSignature("\(name) is not signed by an administrator of this log")
        }
        guard checkpoint.size <= leaves.count else { throw ProofError.inconsistentLog("the log does not match \(name): it is shorter than the checkpoint") }
        let tree = MerkleTree(try MemoryTree(leaves: Array(leaves.prefix(checkpoint.size))))
        guard Digest.equal(try tree.root(size: checkpoint.size), checkpoint.root) else {
            throw ProofError.inconsistentLog("the log does not match \(name): it holds other events than the checkpoint covers")
        }
        return key
    }

    /// The report's input, stating the checkpoint its evidence refers to, if any.
    /// - Parameters:
    ///   - checkpoint: The checkpoint the evidence bundle's proofs lead to.
    ///   - verifierKey: The key that checks that checkpoint, printed in the integrity section.
    /// - Returns: What ``ReportBuilder`` takes.
    public func input(checkpoint: Checkpoint?, verifierKey: String? = nil) -> ReportInput {
        ReportInput(
            snapshot: snapshot, organisation: registry.organisation ?? "", actors: registry.actors.mapValues { $0.profile },
            hashes: caseEvents.mapValues(\.hashHex), closedToParents: profiles.profile(asOf: snapshot.asOf).closedToParents,
            integrity: IntegrityStatement(
                verifiedThrough: head.seq, headHash: head.hash, checkpointSize: checkpoint?.size,
                checkpointRoot: checkpoint.map { Base64.encode($0.root) }, verifierKey: verifierKey),
            profiles: profiles)
    }
}
