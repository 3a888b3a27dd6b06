import Ledger
import Meldcode

/// An error about one line of an `append --batch` input: reported with that line's number, and with the
/// code and exit status of the error itself.
struct BatchLineError: Error {
    /// The 1-based line number in the batch input.
    let line: Int
    /// What was wrong with it.
    let underlying: any Error

    /// The index of the first draft the checks refuse, once a whole batch was refused: the shortest refused
    /// prefix, found by halving (a prefix is refused exactly when it holds the first refused draft, as the
    /// drafts are checked in order). Only the refusal path pays for it: one more key opening and a few checks.
    /// - Parameter writer: The writer that refused the batch, if it is still open (it holds the lock).
    /// - Throws: An error opening the signer's key or the writer.
    static func firstRefused(
        _ drafts: [EventDraft], _ arguments: ParsedArguments, _ context: Context, writer: LogWriter? = nil
    ) throws -> Int {
        let signer = try Signer.load(arguments, context)
        let writer = try writer ?? Signer.openWriter(arguments, context)
        let now = SystemClock().now()
        var (passing, failing) = (0, drafts.count)
        while failing - passing > 1 {
            let middle = (passing + failing) / 2
            let prefix = Array(drafts[..<middle])
            let refused = (try? CheckedAppend(prefix, writer: writer, author: signer.actor, keys: signer.keys, now: now)) == nil
            if refused { failing = middle } else { passing = middle }
        }
        return failing - 1
    }
}
