import Ledger
import Meldcode

/// Reading a logbook for commands that only look: the chain is checked as it is read (not the
/// signatures: that is `verify`'s work), and a damaged log stops the command with a pointer to `verify`.
enum LogbookReading {
    /// Reads the whole log, handing each event to `onEvent`, and returns what it establishes.
    /// - Throws: ``LedgerError/notALogbook(path:)``, or ``LedgerError/damagedLog(_:)`` if the log is damaged.
    static func read(_ arguments: ParsedArguments, _ context: Context, onEvent: ((Event) -> Void)? = nil) throws -> ChainState {
        let layout = try context.layout(arguments)
        let report = try Verifier(checksSignatures: false, rules: CaseAuthority()).verify(logAt: layout.log, onEvent: onEvent)
        if let failure = report.failure {
            guard let validPrefix = report.state else { throw LedgerError.damagedLog(failure) }
            context.console.err("note: \(failure.message)")
            return validPrefix
        }
        return report.state ?? ChainState()
    }
}
