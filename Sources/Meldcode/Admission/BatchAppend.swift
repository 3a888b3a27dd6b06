import Ledger

/// A long batch appended group by group, so that memory follows one group and not the whole batch: each
/// group is checked exactly as ``CheckedAppend`` checks its drafts, against the log as the groups before it
/// left it, and then appended as one durable commit (with its case keys, as ``CheckedAppend/append(_:)``
/// writes them). A group is all or nothing; the groups before a refused or failed one stay in the log.
///
/// The cases a group goes into are read from the log when a group first names them, and then kept up to date
/// with the drafts appended, so a batch reads each case it touches once, not once per group.
public struct BatchAppend {
    /// The writer, holding the logbook's lock.
    public let writer: LogWriter
    private let author: String
    private let keys: ActorKeys
    /// The cases folded so far, as the log holds them after the last group.
    private var folded = CheckedAppend.Folded()

    /// A draft of a group that was refused, by its place in the group; nothing of that group was written.
    public struct Refusal: Error {
        /// The 0-based index of the refused draft in its group.
        public let index: Int
        /// Why it was refused: a ``MeldcodeError``, ``ProfileError`` or ``LedgerError``.
        public let underlying: any Error
    }

    /// Prepares to append drafts signed by `author`.
    /// - Parameters:
    ///   - writer: The logbook's writer.
    ///   - author: The signer's actor id.
    ///   - keys: The signer's private keys.
    public init(writer: LogWriter, author: String, keys: ActorKeys) {
        self.writer = writer
        self.author = author
        self.keys = keys
    }

    /// Checks the next group of drafts and appends it as one durable commit.
    /// - Parameters:
    ///   - group: The drafts, in order (at least one).
    ///   - now: The moment of recording, for dates that may not lie ahead.
    /// - Returns: The events as stored, once they are on disk.
    /// - Throws: ``Refusal`` naming the first draft the meldcode or the ledger refuses (nothing of the group is
    ///   written), or the ``LedgerError`` of a failed read or write (`io`; the log is cut back to before the group).
    public mutating func append(_ group: [EventDraft], now: Timestamp) throws -> [Event] {
        do {
            // The ledger's check is left to the append, which refuses before it writes anything.
            let checked = try CheckedAppend(group, writer: writer, author: author, keys: keys, now: now, checkingLedgerNow: false, folded: &folded)
            return try checked.append(group)
        } catch {
            // The log holds none of the group: the next group reads its cases from the log again.
            folded = CheckedAppend.Folded()
            if let error = error as? LedgerError, error.code == "io" { throw error }
            throw Refusal(index: try firstRefused(group, now: now), underlying: error)
        }
    }

    /// The index of the first draft of a refused group: the shortest refused prefix, found by halving (a
    /// prefix is refused exactly when it holds the first refused draft, as drafts are checked in order). Only
    /// a refusal pays for it, with a few checks that neither sign nor write.
    private func firstRefused(_ group: [EventDraft], now: Timestamp) throws -> Int {
        var (passing, failing) = (0, group.count)
        while failing - passing > 1 {
            let middle = (passing + failing) / 2
            do {
                _ = try CheckedAppend(Array(group[..<middle]), writer: writer, author: author, keys: keys, now: now)
                passing = middle
            } catch let error as LedgerError where error.code == "io" {
                throw error
            } catch {
                failing = middle
            }
        }
        return failing - 1
    }
}
