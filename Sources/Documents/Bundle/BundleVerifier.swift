import Ledger

/// Checks an evidence bundle offline: the issuer's signature over the report block, the document against the
/// block's SHA-256 (when given), the checkpoint's signature, that it is the block's checkpoint, then for each event its
/// line (canonical, hash, payload digest, signature under the author key given), that it belongs to the
/// block's case and seq range, the disclosed payload against the line's commitment, and the inclusion proof
/// against the checkpoint's root. Reports the first failure.
public enum BundleVerifier {
    /// Verifies a bundle.
    /// - Parameters:
    ///   - bundle: The bundle.
    ///   - key: The log's verifier key, if the caller has their own (else the bundle's is used).
    ///   - document: The report document's bytes, to check against the block's SHA-256.
    /// - Returns: The number of events verified.
    /// - Throws: The first ``BundleFailure``.
    @discardableResult
    public static func verify(_ bundle: EvidenceBundle, key: NoteVerifierKey? = nil, document: [UInt8]? = nil) throws(BundleFailure) -> Int {
        try verifyReport(bundle, document: document)
        let checkpoint = try signedCheckpoint(bundle, key: key)
        guard Digest.equal(Hex.decode(bundle.report.checkpointSHA256) ?? [], Digest.sha256(Array(bundle.checkpoint.utf8))) else {
            throw BundleFailure(.reportMismatch, "the checkpoint is not the one the report block names")
        }
        for (index, item) in bundle.items.enumerated() {
            let event = try verify(item, at: index, against: checkpoint.checkpoint)
            guard event.header.stream == "case/\(bundle.caseID)", event.header.seq <= bundle.report.asOf ?? -1 else {
                throw BundleFailure(.reportMismatch, index: index, "event \(index) (seq \(event.header.seq)) is not an event of the report on case \(bundle.caseID)")
            }
        }
        return bundle.items.count
    }

    private static func verifyReport(_ bundle: EvidenceBundle, document: [UInt8]?) throws(BundleFailure) {
        guard let keyBytes = Base64.decode(bundle.report.signerKey), let signer = try? PublicKey(bytes: keyBytes),
              let signature = Base64.decode(bundle.reportSignature)
        else { throw BundleFailure(.bundleMalformed, "'signerKey' or 'reportSignature' is not base64 of an Ed25519 key or signature") }
        guard signer.isValidSignature(signature, for: bundle.report.signingMessage) else {
            throw BundleFailure(.reportBadSignature, "the report block is not signed by the key it names: it was changed after it was issued")
        }
        if let document, !Digest.equal(Hex.decode(bundle.documentSHA256) ?? [], Digest.sha256(document)) {
            throw BundleFailure(.documentMismatch, "the document is not the one the bundle was issued with: its SHA-256 differs")
        }
    }

    private static func signedCheckpoint(_ bundle: EvidenceBundle, key: NoteVerifierKey?) throws(BundleFailure) -> SignedCheckpoint {
        let signed: SignedCheckpoint
        do throws(ProofError) { signed = try SignedCheckpoint(parsing: Array(bundle.checkpoint.utf8)) } catch {
            throw BundleFailure(.checkpointMalformed, "the checkpoint is not a signed checkpoint note: \(error.message)")
        }
        let verifierKey: NoteVerifierKey
        if let key {
            verifierKey = key
        } else {
            do throws(ProofError) { verifierKey = try NoteVerifierKey(text: bundle.verifierKey) } catch {
                throw BundleFailure(.bundleMalformed, "'verifierKey' is not a signed-note verifier key: \(error.message)")
            }
        }
        do throws(ProofError) { try signed.verifyLogSignature(verifierKey) } catch {
            throw BundleFailure(.checkpointBadSignature, "the checkpoint is not signed by \(verifierKey.name): \(error.message)")
        }
        return signed
    }

    private static func verify(_ item: EvidenceBundle.Item, at index: Int, against checkpoint: Checkpoint) throws(BundleFailure) -> Event {
        guard let keyBytes = Base64.decode(item.authorKey), let authorKey = try? PublicKey(bytes: keyBytes) else {
            throw BundleFailure(.bundleMalformed, index: index, "event \(index): 'authorKey' is not an Ed25519 public key")
        }
        let event: Event
        do throws(VerifyFailure) { event = try StoredLine.check(Array(item.line.utf8), authorKey: authorKey) } catch {
            throw BundleFailure(code(for: error.code), index: index, "event \(index): \(error.message)")
        }
        guard Digest.equal(Digest.sha256(CanonicalJSON.encode(.object(item.payload))), commitment(of: event)) else {
            throw BundleFailure(.payloadMismatch, index: index, "event \(index) (seq \(event.header.seq)): the disclosed payload is not the one the line commits to")
        }
        let proof = item.proof.compactMap { Base64.decode($0) }
        do throws(ProofError) {
            guard proof.count == item.proof.count else { throw ProofError.malformed("a proof hash is not base64") }
            try MerkleProof.verifyInclusion(leafHash: event.hash, index: event.header.seq, size: checkpoint.size, proof: proof, root: checkpoint.root)
        } catch {
            throw BundleFailure(.proofInvalid, index: index, "event \(index) (seq \(event.header.seq)): \(error.message)")
        }
        return event
    }

    /// What a disclosed payload must hash to: the commitment of a sealed stored payload (an object with
    /// `ciphertext` and a hex `commitment`), else the header's `payloadDigest` of a plaintext payload.
    static func commitment(of event: Event) -> [UInt8] {
        if event.payload["ciphertext"] != nil, let text = event.payload["commitment"]?.stringValue, let commitment = Hex.decode(text) {
            return commitment
        }
        return event.header.payloadDigest
    }

    private static func code(for code: VerifyCode) -> BundleFailure.Code {
        switch code {
        case .hashMismatch: .hashMismatch
        case .payloadDigestMismatch: .payloadDigestMismatch
        case .badSignature: .badSignature
        default: .lineMalformed
        }
    }
}
