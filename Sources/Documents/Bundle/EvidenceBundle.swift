import Ledger

/// An evidence bundle: for each event a report relies on, its stored line, its payload as disclosed, the
/// author's key and an inclusion proof against a signed checkpoint, plus the checkpoint and the log's
/// verifier key. Anyone can check it offline, without the logbook.
///
/// JSON: `{"format", "report": {"kind", "case", "asOf", "documentSHA256"}, "checkpoint", "verifierKey",
/// "events": [{"line", "authorKey", "payload", "proof": [base64 …]}], "withheld"}`.
public struct EvidenceBundle: Sendable, Equatable {
    /// The format's name and version.
    public static let format = "logboek-evidence-bundle/v1"

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

    /// The report kind the bundle travels with.
    public let reportKind: String
    /// The case.
    public let caseID: String
    /// The report's last seq.
    public let asOf: Int
    /// The SHA-256 (hex) of the report document.
    public let documentSHA256: String
    /// The signed checkpoint note.
    public let checkpoint: String
    /// The log's signed-note verifier key.
    public let verifierKey: String
    /// The events.
    public let items: [Item]
    /// How many events of the report the bundle leaves out (to protect a melder, or shown only in part).
    public let withheld: Int

    /// The bundle as JSON.
    public var json: JSONValue {
        .object([
            "format": .string(Self.format),
            "report": .object([
                "kind": .string(reportKind), "case": .string(caseID), "asOf": .integer(Int64(asOf)), "documentSHA256": .string(documentSHA256),
            ]),
            "checkpoint": .string(checkpoint), "verifierKey": .string(verifierKey), "events": .array(items.map(\.json)),
            "withheld": .integer(Int64(withheld)),
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
        guard let report = object["report"]?.objectValue, let kind = report["kind"]?.stringValue, let caseID = report["case"]?.stringValue,
              let asOf = report["asOf"]?.integerValue, let digest = report["documentSHA256"]?.stringValue,
              let checkpoint = object["checkpoint"]?.stringValue, let key = object["verifierKey"]?.stringValue,
              let events = object["events"]?.arrayValue, let withheld = object["withheld"]?.integerValue
        else { throw malformed("a member is missing or of the wrong type") }
        var items = [Item]()
        for (index, event) in events.enumerated() {
            guard let line = event["line"]?.stringValue, let authorKey = event["authorKey"]?.stringValue,
                  let payload = event["payload"]?.objectValue, let proof = event["proof"]?.arrayValue?.map(\.stringValue),
                  !proof.contains(nil)
            else { throw malformed("event \(index) lacks 'line', 'authorKey', 'payload' or 'proof'") }
            items.append(Item(line: line, authorKey: authorKey, payload: payload, proof: proof.compactMap { $0 }))
        }
        self.init(
            reportKind: kind, caseID: caseID, asOf: Int(asOf), documentSHA256: digest, checkpoint: checkpoint, verifierKey: key,
            items: items, withheld: Int(withheld))
    }

    /// Creates a bundle from its parts.
    init(
        reportKind: String, caseID: String, asOf: Int, documentSHA256: String, checkpoint: String, verifierKey: String, items: [Item],
        withheld: Int
    ) {
        self.reportKind = reportKind
        self.caseID = caseID
        self.asOf = asOf
        self.documentSHA256 = documentSHA256
        self.checkpoint = checkpoint
        self.verifierKey = verifierKey
        self.items = items
        self.withheld = withheld
    }
}
