/// An error that stopped an `append --batch`: reported with the input line it is about (if any) and with
/// what earlier groups committed, and with the code and exit status of the error itself.
struct BatchLineError: Error {
    /// The 1-based line number in the batch input, or `nil` when the error is not about one line (a failed write).
    let line: Int?
    /// What was wrong.
    let underlying: any Error
    /// What the groups before the failed one committed (`nil` if none did).
    var committed: BatchProgress? = nil
}

/// The part of a batch that is in the log: whole groups, from the first line appended to the last line of
/// the last group committed.
struct BatchProgress {
    /// The input line numbers of the first and the last committed event.
    var lines: ClosedRange<Int>
    /// The seqs of the first and the last committed event.
    var seqs: ClosedRange<Int>
}
