/// What validating a payload establishes for the case rules: the seqs it refers to and the days of the
/// things it says happened in the world.
public struct CheckedPayload: Sendable, Equatable {
    /// A world date in a payload (observed, held, told, decided, ...), with where it stands.
    public struct Dated: Sendable, Equatable {
        /// Where in the payload, e.g. `source.date`.
        public let path: String
        /// The day.
        public let day: CalendarDay
    }

    /// The `seq` references the payload makes.
    public let references: [PayloadReference]
    /// The world dates the payload gives (never a term, which lies ahead).
    public let worldDates: [Dated]
}
