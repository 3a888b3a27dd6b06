/// What the hash index covers, kept in `index/head.json`: how many leaves, how many bytes of the log
/// they come from, where the last indexed line starts and its hash. Never trusted: ``HashIndex`` checks
/// it against the log and the index files before use.
struct IndexHead: Equatable {
    static let version: Int64 = 1

    /// The number of leaves indexed (events covered).
    var leafCount = 0
    /// The length of the log prefix the leaves come from (through the last indexed newline).
    var logBytes: UInt64 = 0
    /// The offset in the log of the last indexed line.
    var lastLineOffset: UInt64 = 0
    /// The hash of the last indexed event (empty when nothing is indexed).
    var lastLeaf: [UInt8] = []

    init() {}

    /// The head as canonical JSON.
    var json: JSONValue {
        .object([
            "v": .integer(Self.version),
            "leaves": .integer(Int64(leafCount)),
            "logBytes": .integer(Int64(logBytes)),
            "lastLineOffset": .integer(Int64(lastLineOffset)),
            "lastLeaf": .string(Hex.encode(lastLeaf)),
        ])
    }

    /// Reads a head; `nil` for anything that is not exactly one.
    init?(json bytes: [UInt8]) {
        guard let value = try? CanonicalJSON.parse(bytes), var reader = try? EnvelopeReader(value, what: "the index head"),
              (try? reader.integer("v")) == Self.version,
              let leaves = try? reader.integer("leaves", minimum: 0),
              let logBytes = try? reader.integer("logBytes", minimum: 0),
              let lastLineOffset = try? reader.integer("lastLineOffset", minimum: 0),
              let leafText = try? reader.string("lastLeaf"), let leaf = Hex.decode(leafText),
              (try? reader.requireNoOtherMembers()) != nil
        else { return nil }
        guard leaf.count == (leaves == 0 ? 0 : TreeHash.length), lastLineOffset <= logBytes else { return nil }
        leafCount = Int(leaves)
        self.logBytes = UInt64(logBytes)
        self.lastLineOffset = UInt64(lastLineOffset)
        lastLeaf = leaf
    }
}
