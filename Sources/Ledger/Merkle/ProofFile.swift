/// A proof as a file, in text or JSON.
///
/// Text: a first line `consistency <from> <to>` or `inclusion <seq> <size> <base64 leaf hash>`, then one
/// base64 hash per line. JSON: `{"type":"consistency","from","to","proof":[base64…]}` or
/// `{"type":"inclusion","seq","size","leafHash","proof"}`, each with the roots (`fromRoot`/`toRoot`,
/// `root`) for reference (a verifier takes roots from checkpoints, never from the proof file).
public struct ProofFile: Sendable, Equatable {
    /// What the proof proves.
    public enum Kind: Sendable, Equatable {
        /// The tree of `from` leaves is a prefix of the tree of ``ProofFile/size`` leaves.
        case consistency(from: Int)
        /// The leaf `leafHash` is leaf `seq` of the tree of ``ProofFile/size`` leaves.
        case inclusion(seq: Int, leafHash: [UInt8])
    }

    /// What is proven.
    public let kind: Kind
    /// The (larger) tree size.
    public let size: Int
    /// The proof's hashes.
    public let hashes: [[UInt8]]

    /// A proof file's content.
    /// - Parameters:
    ///   - kind: What is proven.
    ///   - size: The tree size.
    ///   - hashes: The proof.
    public init(kind: Kind, size: Int, hashes: [[UInt8]]) {
        self.kind = kind
        self.size = size
        self.hashes = hashes
    }

    /// The text form.
    public var text: String {
        let first = switch kind {
        case .consistency(let from): "consistency \(from) \(size)"
        case .inclusion(let seq, let leaf): "inclusion \(seq) \(size) \(Base64.encode(leaf))"
        }
        return ([first] + hashes.map(Base64.encode)).map { $0 + "\n" }.joined()
    }

    /// The JSON form, with the given roots for reference.
    /// - Parameter roots: `fromRoot`/`toRoot` or `root`, by name.
    /// - Returns: The JSON object.
    public func json(roots: [String: [UInt8]]) -> JSONValue {
        var object: [String: JSONValue] = ["size": .integer(Int64(size)), "proof": .array(hashes.map { .string(Base64.encode($0)) })]
        switch kind {
        case .consistency(let from):
            object["type"] = .string("consistency")
            object["from"] = .integer(Int64(from))
            object["to"] = .integer(Int64(size))
            object.removeValue(forKey: "size")
        case .inclusion(let seq, let leaf):
            object["type"] = .string("inclusion")
            object["seq"] = .integer(Int64(seq))
            object["leafHash"] = .string(Base64.encode(leaf))
        }
        for (name, root) in roots { object[name] = .string(Base64.encode(root)) }
        return .object(object)
    }

    /// Reads a proof file in either form.
    /// - Parameter bytes: The file's bytes.
    /// - Throws: ``ProofError/malformed(_:)`` or ``ProofError/badHashLength(_:)``.
    public init(parsing bytes: [UInt8]) throws(ProofError) {
        guard bytes.first != UInt8(ascii: "{") else {
            try self.init(json: bytes)
            return
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .malformed("the proof file is not text") }
        let lines = text.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        guard let first = lines.first else { throw .malformed("the proof file is empty") }
        var hashes = [[UInt8]]()
        for line in lines.dropFirst() {
            guard line.count == 1, let hash = Base64.decode(line[0]) else { throw .malformed("a proof line is not one base64 hash") }
            try TreeHash.check(hash, "a proof hash")
            hashes.append(hash)
        }
        switch (first.first, first.count) {
        case ("consistency", 3):
            guard let from = Int(first[1]), let to = Int(first[2]) else { throw .malformed("bad sizes in '\(first.joined(separator: " "))'") }
            self.init(kind: .consistency(from: from), size: to, hashes: hashes)
        case ("inclusion", 4):
            guard let seq = Int(first[1]), let size = Int(first[2]), let leaf = Base64.decode(first[3]) else {
                throw .malformed("bad header '\(first.joined(separator: " "))'")
            }
            try TreeHash.check(leaf, "the leaf hash")
            self.init(kind: .inclusion(seq: seq, leafHash: leaf), size: size, hashes: hashes)
        default:
            throw .malformed("a proof file starts with 'consistency FROM TO' or 'inclusion SEQ SIZE LEAF'")
        }
    }

    private init(json bytes: [UInt8]) throws(ProofError) {
        guard let object = (try? CanonicalJSON.parse(bytes))?.objectValue, let type = object["type"]?.stringValue,
              let list = object["proof"]?.arrayValue else { throw .malformed("the proof JSON has no \"type\" and \"proof\"") }
        var hashes = [[UInt8]]()
        for item in list {
            guard let hash = item.stringValue.flatMap(Base64.decode) else { throw .malformed("a proof hash is not base64") }
            try TreeHash.check(hash, "a proof hash")
            hashes.append(hash)
        }
        let number = { (key: String) in object[key]?.integerValue.map(Int.init) }
        if type == "consistency", let from = number("from"), let to = number("to") {
            self.init(kind: .consistency(from: from), size: to, hashes: hashes)
        } else if type == "inclusion", let seq = number("seq"), let size = number("size"),
                  let leaf = object["leafHash"]?.stringValue.flatMap(Base64.decode), leaf.count == TreeHash.length {
            self.init(kind: .inclusion(seq: seq, leafHash: leaf), size: size, hashes: hashes)
        } else {
            throw .malformed("the proof JSON is neither a consistency nor an inclusion proof")
        }
    }
}
