import Foundation

/// Where the ledger reads the time from. Passed in, so that tests can fix it.
public protocol WallClock: Sendable {
    /// The current moment.
    func now() -> Timestamp
}
