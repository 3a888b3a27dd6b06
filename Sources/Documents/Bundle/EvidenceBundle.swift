import Ledger

/// An evidence bundle: for each event a report relies on, its stored line, its payload as disclosed, the
/// author's key and an inclusion proof against a signed checkpoint, plus the checkpoint and the log's
/// verifier key. Anyone can check it offline, without the logbook.
///
/// The `report` block names the report and binds it to its proof: the case, the document's SHA-256, the
/// checkpoint's SHA-256, the key of the actor who issued it (named in the log by `report.issued`) and, for a
/// report that cites its events, its last seq and how many of its events the bundle leaves out. The issuer
/// signs the block (`reportSignature`), so changing any member of it breaks the bundle. A parents' bundle
/// holds no events and no count: nothing in it locates what their report leaves out.
///
/// JSON: `{"format", "report": {"kind", "case", "documentSHA256", "checkpointSHA256", "signerKey", ["asOf", "withheld"]},
/// "reportSignature", "checkpoint", "verifierKey", "events": [{"line", "authorKey", "payload", "proof": [base64 …]}]}`.
public struct EvidenceBundle: Sendable, Equatable {
    /// The format's name and version.
    public static let format = "logboek-evidence-bundle/v2"

    /// One event of the bundle.
    public struct Item: Sendable, Equatable {
        /// The stored line, exactly as in `log.jsonl` (without its newline).
        public let line: String
        /// The author's public key at that seq (base64).
        public let authorKey: String
        /// The payload as disclosed (with its salt).
        public let payload: [String: JSONValue]
        /// The inclusion proof of the line's hash in the checkpoint's tree (base64 hashes).
        public let proof: [String]

        var json: JSONValue {
            .object([
                "line": .string(line), "authorKey": .string(authorKey), "payload": .object(payload), "proof": .array(proof.map { .string($0) }),
            ])
        }
    }

    /// The report block: what the issuer signs.
    public let report: ReportBlock
    /// The issuer's Ed25519 signature over ``ReportBlock/signingMessage`` (base64).
    public let reportSignature: String
    /// The signed checkpoint note.
    public let checkpoint: String
    /// The log's signed-note verifier key.
    public let verifierKey: String
    /// The events.
    public let items: [Item]

    /// The report kind the bundle travels with.
    public var reportKind: String { report.kind }
    /// The case.
    public var caseID: String { report.caseID }
    /// The SHA-256 (hex) of the report document.
    public var documentSHA256: String { report.documentSHA256 }

    /// The bundle as JSON.
    public var json: JSONValue {
        .object([
            "format": .string(Self.format), "report": report.json, "reportSignature": .string(reportSignature),
            "checkpoint": .string(checkpoint), "verifierKey": .string(verifierKey), "events": .array(items.map(\.json)),
        ])
    }

    /// The bundle file's bytes: its canonical JSON and a newline.
    public var bytes: [UInt8] { CanonicalJSON.encode(json) + [0x0A] }

    /// Reads a bundle.
    /// - Parameter bytes: The file's bytes.
    /// - Throws: ``BundleFailure`` with `bundle-malformed`.
    public init(parsing bytes: [UInt8]) throws(BundleFailure) {
        let malformed = { (what: String) in BundleFailure(.bundleMalformed, "the bundle is not of format \(Self.format): \(what)") }
        guard let value = try? CanonicalJSON.parse(bytes), let object = value.objectValue else { throw malformed("not a JSON object") }
        guard object["format"]?.stringValue == Self.format else { throw malformed("'format' is not \(Self.format)") }
        guard let block = object["report"], let report = ReportBlock(json: block), let signature = object["reportSignature"]?.stringValue,
              let checkpoint = object["checkpoint"]?.stringValue, let key = object["verifierKey"]?.stringValue,
              let events = object["events"]?.arrayValue, object.count == 6
        else { throw malformed("a member is missing, unknown or of the wrong type") }
        var items = [Item]()
        for (index, event) in events.enumerated() {
            guard let line = event["line"]?.stringValue, let authorKey = event["authorKey"]?.stringValue,
                  let payload = event["payload"]?.objectValue, let proof = event["proof"]?.arrayValue?.map(\.stringValue),
                  !proof.contains(nil)
            else { throw malformed("event \(index) lacks 'line', 'authorKey', 'payload' or 'proof'") }
            items.append(Item(line: line, authorKey: authorKey, payload: payload, proof: proof.compactMap { $0 }))
        }
        self.init(report: report, reportSignature: signature, checkpoint: checkpoint, verifierKey: key, items: items)
    }

    /// Creates a bundle from its parts.
    init(report: ReportBlock, reportSignature: String, checkpoint: String, verifierKey: String, items: [Item]) {
        self.report = report
        self.reportSignature = reportSignature
        self.checkpoint = checkpoint
        self.verifierKey = verifierKey
        self.items = items
    }
}
