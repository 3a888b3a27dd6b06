import Ledger

/// The two ways to name a moment of the log, besides the day deadlines are judged on: a seq (`--as-of SEQ`),
/// or a day (`--known-on DAY`: everything recorded by the end of that day, what the log knew then).
public enum LogPrefix {
    /// The last seq recorded by the end of a day (in the Netherlands). `recordedAt` never goes back in a
    /// log, so a binary search finds it, reading about log2(`count`) events.
    /// - Parameters:
    ///   - day: The day.
    ///   - count: The number of events in the log.
    ///   - recordedAt: The moment the event with a seq was recorded.
    /// - Returns: The seq, or `nil` if nothing was recorded by then.
    public static func lastSeq(knownOn day: CalendarDay, count: Int, recordedAt: (Int) throws -> Timestamp) rethrows -> Int? {
        var (low, high) = (0, count)
        while low < high {
            let middle = low + (high - low) / 2
            if CalendarDay(try recordedAt(middle)) <= day { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? low - 1 : nil
    }
}
