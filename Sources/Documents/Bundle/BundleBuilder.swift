import Ledger
import Meldcode

/// Makes the evidence bundle of a report: the stored line of every event the report may prove, its
/// payload as disclosed (through the one ``PayloadReader``), its author's key, and its inclusion proof
/// in the tree of a signed checkpoint.
public enum BundleBuilder {
    /// The bundle of a report.
    /// - Parameters:
    ///   - report: The report.
    ///   - document: The report document's bytes (the bundle names its SHA-256).
    ///   - events: The stored events by seq (at least those in ``Report/provableSeqs``).
    ///   - contents: The same events with their content (a sealed payload opened), by seq.
    ///   - authorKeys: The key each event's author signed with, by seq.
    ///   - leaves: The hashes of the log's events, in order, at least up to the checkpoint's size.
    ///   - checkpoint: The signed checkpoint the proofs lead to.
    ///   - verifierKey: The log's verifier key.
    ///   - issuer: The key of the actor who issues the report, which signs the bundle's report block.
    ///   - reader: The payload reader.
    /// - Returns: The bundle.
    /// - Throws: ``ProofError`` when an event lies beyond the checkpoint or the leaves do not reach it.
    public static func bundle(
        for report: Report, document: [UInt8], events: [Int: Event], contents: [Int: RecordedEvent], authorKeys: [Int: PublicKey], leaves: [[UInt8]],
        checkpoint: SignedCheckpoint, verifierKey: NoteVerifierKey, issuer: SigningKey, reader: PayloadReader = PayloadReader()
    ) throws -> EvidenceBundle {
        let size = checkpoint.checkpoint.size
        if let beyond = report.provableSeqs.last, beyond >= size {
            throw ProofError.badRange("the report relies on seq \(beyond), beyond the checkpoint of size \(size): use a newer checkpoint")
        }
        let tree = MerkleTree(try MemoryTree(leaves: Array(leaves.prefix(size))))
        let items = try report.provableSeqs.map { seq -> EvidenceBundle.Item in
            guard let event = events[seq], let content = contents[seq], let key = authorKeys[seq] else {
                throw ProofError.badRange("seq \(seq) is not an event of the case")
            }
            var line = event.line
            line.removeLast()
            return EvidenceBundle.Item(
                line: String(decoding: line, as: UTF8.self), authorKey: Base64.encode(key.bytes),
                payload: reader.committedPayload(of: content),
                proof: try tree.inclusionProof(index: seq, size: size).map { Base64.encode($0) })
        }
        let block = ReportBlock(
            kind: report.kind.rawValue, caseID: report.caseID, documentSHA256: Hex.encode(Digest.sha256(document)),
            checkpointSHA256: Hex.encode(Digest.sha256(checkpoint.note.bytes)), signerKey: Base64.encode(issuer.publicKey.bytes),
            asOf: report.citesEvents ? report.asOf : nil, withheld: report.citesEvents ? report.includedSeqs.count - items.count : nil)
        return EvidenceBundle(
            report: block, reportSignature: Base64.encode(issuer.signature(for: block.signingMessage)),
            checkpoint: String(decoding: checkpoint.note.bytes, as: UTF8.self), verifierKey: verifierKey.text, items: items)
    }
}
