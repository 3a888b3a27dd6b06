import Foundation

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
