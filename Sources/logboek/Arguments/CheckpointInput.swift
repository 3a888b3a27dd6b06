import Ledger

/// Reading checkpoint, proof and key arguments.
enum CheckpointInput {
    /// The signed checkpoint in a file (`-`: standard input).
    static func checkpoint(_ path: String) throws -> SignedCheckpoint {
        do {
            return try SignedCheckpoint(parsing: try InputFile.read(path))
        } catch let error as ProofError {
            throw ProofError.malformed("\(path) is not a signed checkpoint: \(error.message)")
        }
    }

    /// The proof in a file, text or JSON (`-`: standard input).
    static func proof(_ path: String) throws -> ProofFile {
        try ProofFile(parsing: try InputFile.read(path))
    }

    /// A verifier key given as text, or as a file holding it.
    static func verifierKey(_ argument: String) throws -> NoteVerifierKey {
        if argument.contains("+") { return try NoteVerifierKey(text: argument) }
        let text = String(decoding: try InputFile.read(argument), as: UTF8.self)
        return try NoteVerifierKey(text: text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
