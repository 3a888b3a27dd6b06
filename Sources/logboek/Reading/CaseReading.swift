import Ledger
import Meldcode

/// How a case command opens its ``CaseSession``: as the actor `--as` names, through their keys (case content is
/// sealed, and only a case's members read it). What the session showed is put on the record as `case.viewed`
/// when the command is done (unless the profile turns that off); the policy lives in the session.
enum CaseReading {
    /// Opens the logbook named by the arguments, reading as the actor `--as` names (asking their passphrase).
    /// - Throws: ``UsageError`` without `--as`, ``LedgerError`` for a missing or damaged log or key,
    ///   ``ProfileError`` for an adoption that does not read.
    static func read(_ arguments: ParsedArguments, _ context: Context) throws -> CaseSession {
        guard arguments.value("as") != nil else {
            throw UsageError(
                message: "case content is sealed: give --as ID to read it as yourself (with your passphrase); only a case's members read it",
                command: arguments.spec.name)
        }
        return try session(as: try Signer.load(arguments, context), arguments, context)
    }

    /// A session on the logbook the arguments name, reading as a signer whose keys are already open, opened the
    /// context's way (``Context/openSession``).
    /// - Throws: As ``read(_:_:)``.
    static func session(as signer: Signer, _ arguments: ParsedArguments, _ context: Context) throws -> CaseSession {
        try context.openSession(signer, arguments, context)
    }

    /// Opens a session on the logbook the arguments name (its writer, waiting for the lock), reading as a signer.
    /// - Throws: As ``read(_:_:)``.
    static func open(as signer: Signer, _ arguments: ParsedArguments, _ context: Context) throws -> CaseSession {
        try CaseSession(writer: try Signer.openWriter(arguments, context), reader: signer.actor, keys: signer.keys, clock: SystemClock())
    }

    /// The events of one case with their content, read as `reader` for guided entry of a type with references,
    /// which shows them as the choices its references may take: the read is put on the record (`case.viewed`, naming `record --guided`)
    /// before they are handed back, and the logbook is let go of while the questions are asked.
    /// - Throws: As ``read(_:_:)``, and ``LedgerError`` if the read cannot be recorded.
    static func eventsForGuidedEntry(ofCase id: String, as reader: Signer, _ arguments: ParsedArguments, _ context: Context) throws -> [RecordedEvent] {
        let session = try session(as: reader, arguments, context)
        let events = try session.events(ofCase: id)
        try session.recordViews(command: "\(arguments.spec.name) --guided")
        return events
    }

    /// The last seq the arguments name, in a log of `count` events recorded at `recordedAt(seq)`.
    /// - Returns: `--as-of SEQ`, or the last seq recorded by the end of `--known-on DAY` (`-1` when nothing was recorded
    ///   by then), else `nil` for the whole log.
    /// - Throws: ``UsageError`` for both options at once, a seq the log does not hold, or a day that does not read.
    static func asOf(_ arguments: ParsedArguments, count: Int, recordedAt: (Int) throws -> Timestamp) throws -> Int? {
        if let day = try day(arguments, "known-on") {
            guard arguments.value("as-of") == nil else {
                throw UsageError(message: "give --as-of SEQ or --known-on DAY, not both", command: arguments.spec.name)
            }
            return try LogPrefix.lastSeq(knownOn: day, count: count, recordedAt: recordedAt) ?? -1
        }
        guard let seq = try arguments.count("as-of") else { return nil }
        guard seq < count else {
            throw UsageError(message: "--as-of \(seq) lies beyond the log, whose last seq is \(count > 0 ? String(count - 1) : "none")", command: arguments.spec.name)
        }
        return seq
    }

    /// The day an option names, if given.
    fileprivate static func day(_ arguments: ParsedArguments, _ option: String) throws -> CalendarDay? {
        guard arguments.declares(option), let text = arguments.value(option) else { return nil }
        guard let day = CalendarDay(text) else {
            throw UsageError(message: "--\(option) takes a day written YYYY-MM-DD, not '\(text)'", command: arguments.spec.name)
        }
        return day
    }
}

extension CaseSession {
    /// The last seq the arguments name: `--as-of SEQ`, or the last seq recorded by the end of `--known-on DAY`
    /// (`-1` when nothing was recorded by then), else `nil` for the whole log.
    /// - Throws: ``UsageError`` for both options at once, a seq the log does not hold, or a day that does not read.
    func asOf(_ arguments: ParsedArguments) throws -> Int? {
        try CaseReading.asOf(arguments, count: writer.state.nextSeq) { seq in try writer.event(atSeq: seq).header.recordedAt }
    }

    /// The day the arguments judge on: `--on DAY`, else `--known-on DAY`, else the day of the `--as-of` event, else today.
    /// - Throws: ``UsageError`` for a day that does not read.
    func day(_ arguments: ParsedArguments, asOf seq: Int?) throws -> CalendarDay {
        if let day = try CaseReading.day(arguments, "on") ?? CaseReading.day(arguments, "known-on") { return day }
        if let seq, seq >= 0 { return CalendarDay(try writer.event(atSeq: seq).header.recordedAt) }
        return CalendarDay(SystemClock().now())
    }

    /// Puts the reads of this command on the record (see ``CaseSession/recordViews(command:)``), naming the command.
    /// - Throws: ``LedgerError`` if the append fails.
    func recordViews(_ arguments: ParsedArguments, _ context: Context) throws {
        try recordViews(command: arguments.spec.name)
    }
}
