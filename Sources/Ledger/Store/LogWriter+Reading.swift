import Foundation

extension LogWriter {
    /// The events of one stream, in log order, read from where the saved state says they are (each line
    /// checked to be the event it names; if one is not, the saved state is rebuilt from the log first).
    /// - Parameter stream: The stream.
    /// - Returns: Its events.
    /// - Throws: ``LedgerError`` if the log cannot be read or no longer verifies.
    public func events(inStream stream: String) throws(LedgerError) -> [Event] {
        try readingSavedState { files throws(DerivedStateProblem) in
            try files.entries(of: stream, count: state.version(of: stream)).map { entry throws(DerivedStateProblem) in
                try Self.event(try LogLines.read(entry, from: handle))
            }
        }
    }

    /// The event with a seq.
    /// - Parameter seq: A seq below ``ChainState/nextSeq``.
    /// - Returns: The event.
    /// - Throws: ``LedgerError/invalidInput(_:)`` for a seq the log does not hold, or another ``LedgerError``
    ///   if the log cannot be read or no longer verifies.
    public func event(atSeq seq: Int) throws(LedgerError) -> Event {
        guard seq >= 0, seq < state.nextSeq else { throw .invalidInput("the log holds no event with seq \(seq)") }
        return try readingSavedState { files throws(DerivedStateProblem) in
            let line = try files.line(ofSeq: seq)
            return try Self.event(try LogLines.read(seq: seq, offset: line.offset, length: line.length, from: handle))
        }
    }

    /// Runs `body` on the saved state; if it finds the state does not match the log, rebuilds it and runs it again.
    private func readingSavedState<Result>(_ body: (IndexFiles) throws(DerivedStateProblem) -> Result) throws(LedgerError) -> Result {
        let files = IndexFiles(directory: layout.state)
        do {
            return try body(files)
        } catch {
            state = try DerivedState.rebuild(handle, layout: layout, progress: lock.reportProgress)
        }
        do {
            return try body(files)
        } catch {
            throw .io(operation: "read the saved state in", path: layout.state.path, reason: error.reason)
        }
    }

    private static func event(_ decoded: DecodedEvent) throws(DerivedStateProblem) -> Event {
        do {
            return try decoded.event()
        } catch {
            throw DerivedStateProblem("event \(decoded.header.seq): \(error.message)")
        }
    }
}
