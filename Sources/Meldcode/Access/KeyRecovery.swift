import Ledger

/// What the recovery key does (`recover`): every case's keys, opened with the recovery key's own copies, sealed
/// again to each member who lacks a copy under the key the registry holds for them now (a member whose key was
/// rotated after a forgotten passphrase). Only key copies are opened, never a case's events. A case whose
/// copies cannot be read is reported and the rest go on. The use is put on the record first
/// (`case.keys_recovered` in stream `logbook`, signed by an administrator, naming the cases), then the copies
/// are written.
public struct KeyRecovery {
    /// The type of the event that records a use of the recovery key.
    public static let eventType = EventType.caseKeysRecovered

    /// A case the recovery key could not serve, and why.
    public struct Skipped: Sendable, Equatable {
        /// The case.
        public let caseID: String
        /// Why, in a sentence.
        public let reason: String
    }

    private let copies: CaseKeyCopies
    private let missing: [CaseKeyCopies.Missing]
    /// The cases that could not be served.
    public let skipped: [Skipped]

    /// Works out, with the recovery key, which copies every case that is not erased lacks; writes nothing.
    /// - Parameters:
    ///   - writer: The logbook's writer, holding its lock.
    ///   - secret: The recovery key's secret.
    /// - Throws: ``LedgerError`` if the log or the folder of key copies cannot be read.
    public init(writer: LogWriter, secret: EncryptionKey) throws {
        let store = KeyCopyStore(layout: writer.layout)
        let authority = try writer.caseAuthority()
        copies = CaseKeyCopies(store: store, registry: writer.state.registry)
        var missing = [CaseKeyCopies.Missing]()
        var skipped = [Skipped]()
        for id in try writer.streams().compactMap(CaseStream.caseID).sorted() where authority.erasures[id] == nil {
            do throws(LedgerError) {
                let keys = try store.open(id, as: .recovery, with: secret)
                guard !keys.isEmpty else {
                    skipped.append(Skipped(caseID: id, reason: "no copy of its keys opens with this recovery key"))
                    continue
                }
                missing += try copies.missing(keys, ofCase: id, members: writer.members(ofCase: id, authority: authority))
            } catch {
                skipped.append(Skipped(caseID: id, reason: error.message))
            }
        }
        self.missing = missing
        self.skipped = skipped
    }

    /// The cases that get new copies, sorted.
    public var caseIDs: [String] { Array(Set(missing.map(\.caseID))).sorted() }

    /// How many copies ``write()`` writes.
    public var copyCount: Int { missing.reduce(0) { $0 + $1.holders.count } }

    /// The event that records this use of the recovery key, dated `day`.
    /// - Parameters:
    ///   - reason: Why the recovery key was used.
    ///   - day: The day.
    public func draft(reason: String, on day: CalendarDay) -> EventDraft {
        EventDraft(type: Self.eventType.rawValue, stream: RegistryEvent.stream, payload: [String: JSONValue](fields: [
            .cases: .array(caseIDs.map { .string($0) }), .reason: .string(reason), .recoveredOn: .string(day.description),
        ]))
    }

    /// Seals and writes the missing copies, each synced; run once ``draft(reason:on:)`` is in the log.
    /// - Throws: ``LedgerError`` if a copy cannot be written (a second run writes what is still missing).
    public func write() throws {
        try copies.write(missing)
    }
}
