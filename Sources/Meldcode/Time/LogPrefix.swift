import Ledger

/// The two ways to name a moment of the log, besides the day deadlines are judged on: a seq (`--as-of SEQ`),
/// or a day (`--known-on DAY`: everything recorded by the end of that day, what the log knew then).
public enum LogPrefix {
    /// The last seq recorded by the end of a day (in the Netherlands).
    /// - Parameters:
    ///   - day: The day.
    ///   - events: The log's events in order.
    /// - Returns: The seq, or `nil` if nothing was recorded by then.
    public static func lastSeq(knownOn day: CalendarDay, in events: some Sequence<RecordedEvent>) -> Int? {
        var last: Int?
        for event in events {
            guard CalendarDay(event.recordedAt) <= day else { break }
            last = event.seq
        }
        return last
    }
}
