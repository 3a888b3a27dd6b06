import Ledger
import Sodium

/// The derived, sealed per-case summaries (``CaseSummary``) beside the saved state, `state/summaries/<case id>`, each
/// sealed under its case's newest key like the case's payloads (``SealedSummaries``): the folder holds no readable
/// content, and erasing a case removes its summary with its keys. A summary is a cache and never outranks the log: it
/// is used only when it opens, is of this format, was judged against the same profile and roles, and covers every
/// event of its case (or every event but later reads that cannot change it); otherwise the case is folded from its
/// events and the summary written again.
struct CaseSummaries {
    /// The sealed files.
    let store: SealedSummaries
    /// What summaries are judged against: a SHA-256 over the seq of the profile adoption in force and every actor's
    /// roles, so that a new profile or a change of roles makes every summary stale.
    let judging: String

    /// The summaries of a session's logbook, judged against its profile and roles.
    /// - Parameters:
    ///   - layout: The logbook.
    ///   - profiles: The profiles the logbook adopted (the last one is in force).
    ///   - actorRoles: Each actor's roles.
    init(layout: LogbookLayout, profiles: ProfileHistory, actorRoles: [String: Set<Role>]) {
        store = SealedSummaries(layout: layout)
        var text = "profile \(profiles.adoptions.last?.seq ?? -1)\n"
        for (actor, roles) in actorRoles.sorted(by: { $0.key < $1.key }) {
            text += "\(actor) \(roles.map(\.rawValue).sorted().joined(separator: ","))\n"
        }
        judging = Hex.encode(SHA256.hash(Array(text.utf8)))
    }

    /// The stored summary of a case, if it opens with the reader's keys and reads as one judged the same way.
    /// - Parameters:
    ///   - id: The case id.
    ///   - keys: The reader's keys of the case.
    /// - Returns: The summary and the number of the case's events it covers.
    func read(ofCase id: String, keys: [StreamKey]) -> (summary: CaseSummary, version: Int)? {
        guard let bytes = store.read(of: CaseStream.name(of: id), folder: id, keys: keys), let record = try? CanonicalJSON.parse(bytes) else {
            return nil
        }
        return CaseSummary.read(record, judging: judging)
    }

    /// Seals a case's summary under its newest key and writes it.
    /// - Parameters:
    ///   - summary: The summary.
    ///   - version: The number of the case's events it covers.
    ///   - keys: The reader's keys of the case.
    /// - Throws: An I/O error.
    func write(_ summary: CaseSummary, version: Int, keys: [StreamKey]) throws(LedgerError) {
        guard let newest = keys.max(by: { $0.epoch < $1.epoch }) else { return }
        let bytes = CanonicalJSON.encode(summary.record(version: version, judging: judging))
        try store.write(bytes, of: CaseStream.name(of: summary.id), folder: summary.id, key: newest)
    }
}
