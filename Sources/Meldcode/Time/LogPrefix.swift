import Ledger

/// The two ways to name a moment of the log, besides the day deadlines are judged on: a seq (`--as-of SEQ`),
/// or a day (`--known-on DAY`: everything recorded by the end of that day, what the log knew then).
public enum LogPrefix {
    /// The last seq recorded by the end of a day (in the Netherlands), found by bisection: recording times never
    /// go back, so the seqs recorded by then are a prefix of the log.
    /// - Parameters:
    ///   - day: The day.
    ///   - last: The log's last seq.
    ///   - recordedAt: The moment the event at a seq was recorded.
    /// - Returns: The seq, or `nil` if nothing was recorded by then.
    /// - Throws: What `recordedAt` throws.
    public static func lastSeq(knownOn day: CalendarDay, through last: Int, recordedAt: (Int) throws -> Timestamp) rethrows -> Int? {
        guard last >= 0, CalendarDay(try recordedAt(0)) <= day else { return nil }
        var (low, high) = (0, last)
        while low < high {
            let middle = (low + high + 1) / 2
            if CalendarDay(try recordedAt(middle)) <= day { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
