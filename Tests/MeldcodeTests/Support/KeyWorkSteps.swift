import Ledger
@testable import Meldcode

/// The steps of a batch's key work as the crash tests take them: appended the whole way as a command does, or
/// stopped where a kill would stop it (the writer, and so the lock, goes with the stopped call).
enum KeyWorkSteps {
    /// A writer of the logbook with the meldcode's signing rules, at the fixture's moment.
    static func writer(_ logbook: MeldcodeLogbook) throws -> LogWriter {
        try LogWriter(opening: logbook.layout, clock: FixedClock(CaseFixture.now), lockTimeout: 0, rules: CaseAuthority())
    }

    /// An actor's fixture keys.
    static func keys(_ actor: String) throws -> ActorKeys {
        ActorKeys(signing: try MeldcodeLogbook.key(actor), encryption: try MeldcodeLogbook.encryptionKey(actor))
    }

    /// Drafts checked as the next events of `writer`'s log, signed by `actor`.
    static func checked(_ drafts: [EventDraft], as actor: String, _ writer: LogWriter) throws -> CheckedAppend {
        try CheckedAppend(drafts, writer: writer, author: actor, keys: try keys(actor), now: CaseFixture.now)
    }

    /// Appends drafts the whole way, as a command does.
    static func append(_ drafts: [EventDraft], as actor: String, to logbook: MeldcodeLogbook) throws {
        _ = try checked(drafts, as: actor, try writer(logbook)).append(drafts)
    }

    /// Writes the key copies and the intent of `drafts`, then stops, as a kill just before the log write would.
    static func killedBeforeAppend(_ drafts: [EventDraft], as actor: String, _ logbook: MeldcodeLogbook) throws {
        let writer = try writer(logbook)
        _ = try checked(drafts, as: actor, writer).keys.begin(writer)
    }

    /// Appends `drafts` with their key copies, then stops before the copies the batch ends are removed.
    static func killedAfterAppend(_ drafts: [EventDraft], as actor: String, _ logbook: MeldcodeLogbook) throws {
        let writer = try writer(logbook)
        let checked = try checked(drafts, as: actor, writer)
        _ = try checked.keys.begin(writer)
        try writer.append(drafts, author: actor, signingKey: try MeldcodeLogbook.key(actor), keyring: checked.keys.keyring)
    }
}
