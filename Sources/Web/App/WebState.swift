import Ledger
import Sodium

/// What the server remembers between requests, behind one lock: the sign-ins by the hash of their cookie, and the
/// failed sign-ins. Requests are handled one at a time under that lock (the logbook has one writer anyway), so at
/// most one Argon2id runs at a time and sign-ins cannot exhaust memory.
struct WebState {
    let configuration: WebConfiguration
    let clock: any WallClock
    /// The sign-ins, by the hex SHA-256 of their session cookie (the cookie itself is kept nowhere).
    var sessions: [String: SignedIn] = [:]
    var throttle = SignInThrottle()

    /// The time now, in milliseconds since the epoch.
    var now: Int64 { clock.now().millisecondsSinceEpoch }

    /// Ends every sign-in that was idle or open too long, wiping its keys.
    mutating func sweep() {
        let now = now
        sessions = sessions.filter {
            !$0.value.hasEnded(at: now, idleSeconds: configuration.idleSeconds, longestSeconds: configuration.longestSeconds)
        }
    }

    /// The key a session cookie is kept under.
    static func key(ofCookie value: String) -> String { Hex.encode(Digest.sha256(Array(value.utf8))) }

    /// A new random token of 256 bits, hex.
    static func token() -> String { Hex.encode(SecureRandom.bytes(count: 32)) }
}
