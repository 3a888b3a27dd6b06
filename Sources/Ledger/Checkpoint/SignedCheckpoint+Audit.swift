extension SignedCheckpoint {
    /// Why the checkpoint is not one a reader of this log accepts: of another origin, not signed by `key`
    /// (or, without one, by a key an administrator held at the checkpoint's size), or missing a cosignature.
    /// - Parameters:
    ///   - origin: The log's origin (from its first event), or `nil` if unknown.
    ///   - registry: The log's registry, for the administrators' keys.
    ///   - key: The log's verifier key, if given.
    ///   - witnesses: Witnesses that must have cosigned it.
    /// - Returns: The problem, or `nil`.
    func signatureProblem(origin: String?, registry: ActorRegistry?, key: NoteVerifierKey?, witnesses: [NoteVerifierKey]) -> ProofError? {
        guard checkpoint.origin == origin else {
            return .inconsistentLog("the checkpoint of size \(checkpoint.size) is of another log (\(checkpoint.origin))")
        }
        if let key {
            do { try verifyLogSignature(key) } catch { return error }
        } else if registry?.administratorKey(verifying: self) == nil {
            return .badSignature("the checkpoint of size \(checkpoint.size) is not signed by a key an administrator of this log held at that size")
        }
        for witness in witnesses where (try? note.verify(witness)) == nil {
            return .badSignature("the checkpoint of size \(checkpoint.size) has no valid cosignature by the witness '\(witness.name)'")
        }
        return nil
    }
}
