import Ledger
import Meldcode

/// The checkpoint an evidence bundle's proofs lead to: the one `--checkpoint FILE` names (checked to be
/// of this log, signed by one of its administrators, and matching the log), else one `--as ID` signs now.
enum EvidenceCheckpoint {
    /// The checkpoint and the log's verifier key.
    /// - Parameters:
    ///   - signer: The signer `--as` names, loaded once for the whole command (needed without `--checkpoint`).
    ///   - writer: The command's writer, holding the lock under which the report was read.
    /// - Throws: ``ProofError`` for a checkpoint of another log, not signed by an administrator, or not
    ///   matching the log; ``UsageError`` when neither `--checkpoint` nor `--as` is given.
    static func resolve(
        _ arguments: ParsedArguments, _ context: Context, _ reading: ReportSource, signer: Signer?, writer: LogWriter
    ) throws -> (SignedCheckpoint, NoteVerifierKey) {
        guard let path = arguments.value("checkpoint") else {
            guard let signer else {
                throw UsageError(
                    message: "--bundle needs a checkpoint: name one with --checkpoint FILE, or sign one with --as ADMIN", command: arguments.spec.name)
            }
            let issued = try CheckpointIssuer.issue(on: writer, signer: signer.actor, key: signer.key)
            return (issued.checkpoint, issued.verifierKey)
        }
        let signed = try CheckpointInput.checkpoint(path)
        let key = try reading.verifierKey(for: signed, named: path)
        return (signed, key)
    }
}
