import Ledger

/// A long batch appended group by group, so that memory follows one group and not the whole batch: each
/// group is checked exactly as ``CheckedAppend`` checks its drafts, against the log as the groups before it
/// left it, and then appended as one durable commit. A group is all or nothing; the groups before a refused
/// or failed one stay in the log.
///
/// The cases a group goes into are folded from the log once, when a group first names them, and then kept
/// up to date with the drafts appended, so the batch costs one fold of each case it touches.
public struct BatchAppend {
    /// The writer, holding the logbook's lock.
    public let writer: LogWriter
    private let author: String
    private let signingKey: SigningKey
    /// The cases the batch has gone into so far, as the log holds them after the last group.
    private var casebook: Casebook
    /// The case streams folded into ``casebook``.
    private var foldedStreams: Set<String> = []

    /// A draft of a group that was refused, by its place in the group; nothing of that group was written.
    public struct Refusal: Error {
        /// The 0-based index of the refused draft in its group.
        public let index: Int
        /// Why it was refused: a ``MeldcodeError``, ``ProfileError`` or ``LedgerError``.
        public let underlying: any Error
    }

    /// Prepares to append drafts signed by `author`, with the recording rights in force when the batch begins.
    /// - Parameters:
    ///   - writer: The logbook's writer.
    ///   - author: The signer's actor id.
    ///   - signingKey: The signer's private key.
    /// - Throws: ``LedgerError`` if the log cannot be read.
    public init(writer: LogWriter, author: String, signingKey: SigningKey) throws {
        self.writer = writer
        self.author = author
        self.signingKey = signingKey
        casebook = Casebook(rights: try CheckedAppend.recordingRights(writer))
    }

    /// Checks the next group of drafts and appends it as one durable commit.
    /// - Parameters:
    ///   - group: The drafts, in order (at least one).
    ///   - now: The moment of recording, for dates that may not lie ahead.
    /// - Returns: The sealed events, once they are on disk.
    /// - Throws: ``Refusal`` naming the first draft the meldcode or the ledger refuses (nothing of the group is
    ///   written), or the ``LedgerError`` of a failed read or write (the log is cut back to before the group).
    public mutating func append(_ group: [EventDraft], now: Timestamp) throws -> [Event] {
        let newStreams = Set(group.lazy.map(\.stream).filter { $0.hasPrefix(CaseStream.prefix) }).subtracting(foldedStreams)
        for event in try CheckedAppend.caseEvents(inStreams: newStreams, writer: writer) { casebook.apply(event) }
        foldedStreams.formUnion(newStreams)
        do {
            // Folded in place (a copy would copy every case's tables per group); undone below if the group fails.
            for (index, draft) in group.enumerated() {
                do {
                    try CheckedAppend.authorise(draft, author: author, registry: writer.state.registry)
                    try casebook.record(draft, seq: writer.state.nextSeq + index, author: author, at: now)
                } catch {
                    throw Refusal(index: index, underlying: error)
                }
            }
            do {
                return try writer.append(group, author: author, signingKey: signingKey)
            } catch {
                // The ledger refuses before it writes; a failed write (`io`) has cut the log back and names no draft.
                guard error.code != "io" else { throw error }
                throw Refusal(index: try firstRefusedByLedger(group), underlying: error)
            }
        } catch {
            // The log holds none of the group: the next group folds its cases again from the log.
            casebook = Casebook(rights: casebook.rights)
            foldedStreams = []
            throw error
        }
    }

    /// The index of the first draft of a group the ledger refuses: the shortest refused prefix, found by
    /// halving (a prefix is refused exactly when it holds the first refused draft, as drafts are checked in
    /// order). Only a refusal pays for it, with a few checks that neither sign nor write.
    private func firstRefusedByLedger(_ group: [EventDraft]) throws -> Int {
        var (passing, failing) = (0, group.count)
        while failing - passing > 1 {
            let middle = (passing + failing) / 2
            do {
                try writer.check(Array(group[..<middle]), author: author, signingKey: signingKey)
                passing = middle
            } catch {
                guard error.code != "io" else { throw error }
                failing = middle
            }
        }
        return failing - 1
    }
}
