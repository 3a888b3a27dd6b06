import Ledger

/// What an evidence bundle says about the report it travels with, signed by the actor who issued it: the
/// kind, the case, the SHA-256 of the document and of the checkpoint, the issuer's public key and, for a
/// report that cites its events, its last seq and how many of its events the bundle leaves out.
public struct ReportBlock: Sendable, Equatable {
    /// The report kind.
    public let kind: String
    /// The case.
    public let caseID: String
    /// The SHA-256 (hex) of the report document.
    public let documentSHA256: String
    /// The SHA-256 (hex) of the checkpoint note the bundle's proofs lead to.
    public let checkpointSHA256: String
    /// The issuer's Ed25519 public key (base64).
    public let signerKey: String
    /// The report's last seq (not for the parents).
    public let asOf: Int?
    /// How many of the report's events the bundle leaves out (not for the parents).
    public let withheld: Int?

    /// The domain of the issuer's signature.
    static let signatureContext = Array("logboek/report/v1".utf8) + [0x00]

    /// Creates a block.
    init(kind: String, caseID: String, documentSHA256: String, checkpointSHA256: String, signerKey: String, asOf: Int?, withheld: Int?) {
        self.kind = kind
        self.caseID = caseID
        self.documentSHA256 = documentSHA256
        self.checkpointSHA256 = checkpointSHA256
        self.signerKey = signerKey
        self.asOf = asOf
        self.withheld = withheld
    }

    /// Reads a block; `nil` when a member is missing, unknown or of the wrong type.
    init?(json: JSONValue) {
        guard let object = json.objectValue, let kind = object["kind"]?.stringValue, let caseID = object["case"]?.stringValue,
              let document = object["documentSHA256"]?.stringValue, let checkpoint = object["checkpointSHA256"]?.stringValue,
              let key = object["signerKey"]?.stringValue
        else { return nil }
        let asOf = object["asOf"].map { $0.integerValue.map(Int.init) }
        let withheld = object["withheld"].map { $0.integerValue.map(Int.init) }
        guard asOf != .some(nil), withheld != .some(nil) else { return nil }
        self.init(kind: kind, caseID: caseID, documentSHA256: document, checkpointSHA256: checkpoint, signerKey: key, asOf: asOf ?? nil, withheld: withheld ?? nil)
        guard self.json == json else { return nil }
    }

    /// The block as JSON.
    public var json: JSONValue {
        var members: [String: JSONValue] = [
            "kind": .string(kind), "case": .string(caseID), "documentSHA256": .string(documentSHA256), "checkpointSHA256": .string(checkpointSHA256),
            "signerKey": .string(signerKey),
        ]
        if let asOf { members["asOf"] = .integer(Int64(asOf)) }
        if let withheld { members["withheld"] = .integer(Int64(withheld)) }
        return .object(members)
    }

    /// The bytes the issuer signs: `"logboek/report/v1" || 0x00 || JCS(block)`.
    public var signingMessage: [UInt8] { Self.signatureContext + CanonicalJSON.encode(json) }
}
