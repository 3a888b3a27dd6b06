extension LogWriter {
    /// Reads every event of the log in order, as it stands while this writer holds the lock (the chain is
    /// checked again as it is read; signatures are `verify`'s work).
    /// - Parameter body: Called with each event.
    /// - Throws: ``LedgerError/damagedLog(_:)`` if the log no longer reads back, or an I/O error.
    public func forEachEvent(_ body: @escaping (Event) -> Void) throws(LedgerError) {
        let report = try Verifier(checksSignatures: false).verify(logAt: layout.log, onEvent: body)
        if let failure = report.failure, failure.code != .emptyLog { throw .damagedLog(failure) }
    }
}
