import Ledger

/// One signed-in person: their keys, opened with their passphrase into guarded memory and held only here (dropping
/// this value wipes them), the form token of their sign-in, and when it started and was last used.
final class SignedIn {
    /// The actor id.
    let actor: String
    /// The actor's keys.
    let keys: ActorKeys
    /// The token every form of this sign-in carries (CSRF), hex.
    let formToken: String
    /// When the sign-in started, in milliseconds since the epoch.
    let started: Int64
    /// When the last request came, in milliseconds since the epoch.
    var lastSeen: Int64
    /// The report this person made last and its evidence bundle, kept for downloading until the next one or sign-out.
    var made: MadeReport?

    init(actor: String, keys: ActorKeys, formToken: String, now: Int64) {
        self.actor = actor
        self.keys = keys
        self.formToken = formToken
        started = now
        lastSeen = now
    }

    /// Whether the sign-in has ended at `now`: idle too long or open too long.
    func hasEnded(at now: Int64, idleSeconds: Int64, longestSeconds: Int64) -> Bool {
        now - lastSeen > idleSeconds * 1_000 || now - started > longestSeconds * 1_000
    }
}

/// A report made on the web, ready to download: the document and its evidence bundle, identical on every download.
struct MadeReport {
    /// The case.
    let caseID: String
    /// The kind of report.
    let kind: String
    /// The HTML document.
    let document: [UInt8]
    /// The evidence bundle, when a checkpoint covers the report.
    let bundle: [UInt8]?
    /// Notes on the evidence (what the bundle leaves out), in Dutch or as the report gives them.
    let notes: [String]
}
