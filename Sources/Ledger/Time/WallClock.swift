import Foundation

/// Where the ledger reads the time from. Passed in, so that tests can fix it.
public protocol WallClock: Sendable {
    /// The current moment.
    func now() -> Timestamp
}

/// The system's real-time clock.
public struct SystemClock: WallClock {
    /// Creates the system clock.
    public init() {}

    /// The current moment, from the system clock, in milliseconds.
    public func now() -> Timestamp {
        Timestamp(millisecondsSinceEpoch: Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)))
    }
}

/// A clock that always answers the same moment (for tests and reproducible examples).
public struct FixedClock: WallClock {
    /// The moment this clock answers.
    public let moment: Timestamp

    /// Creates a clock stopped at `moment`.
    /// - Parameter moment: The moment ``now()`` answers.
    public init(_ moment: Timestamp) {
        self.moment = moment
    }

    /// Returns the fixed moment.
    public func now() -> Timestamp { moment }
}
