/// A C2SP `tlog-checkpoint` v1.0.0 body: the origin line, the tree size in decimal, the base64 root,
/// then optional extension lines.
public struct Checkpoint: Sendable, Equatable {
    /// The log's origin (also the key name of the log's signature).
    public let origin: String
    /// The tree size: the number of events.
    public let size: Int
    /// The 32-byte root of the tree of `size` events.
    public let root: [UInt8]
    /// Extension lines (none written by this log; kept when read).
    public let extensions: [String]

    /// A checkpoint.
    /// - Parameters:
    ///   - origin: The origin.
    ///   - size: The tree size.
    ///   - root: The root hash.
    ///   - extensions: Extension lines.
    /// - Throws: ``ProofError`` for an empty origin or a root that is not 32 bytes.
    public init(origin: String, size: Int, root: [UInt8], extensions: [String] = []) throws(ProofError) {
        guard !origin.isEmpty, !origin.contains("\n"), size >= 0 else { throw .malformed("a checkpoint needs an origin and a size") }
        try TreeHash.check(root, "the checkpoint's root")
        self.origin = origin
        self.size = size
        self.root = root
        self.extensions = extensions
    }

    /// Reads a checkpoint body (the text of its signed note).
    /// - Parameter text: The body, ending in a newline.
    /// - Throws: ``ProofError/malformed(_:)`` unless it is a checkpoint body.
    public init(body text: String) throws(ProofError) {
        guard text.hasSuffix("\n") else { throw .malformed("a checkpoint ends in a newline") }
        let lines = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 3, let size = Int(lines[1]), size >= 0, String(size) == lines[1],
              let root = Base64.decode(lines[2]), lines.dropFirst(3).allSatisfy({ !$0.isEmpty })
        else { throw .malformed("not a checkpoint: expected an origin line, a decimal size and a base64 root") }
        try self.init(origin: lines[0], size: size, root: root, extensions: Array(lines.dropFirst(3)))
    }

    /// The body: the note text that is signed.
    public var body: String {
        ([origin, String(size), Base64.encode(root)] + extensions).map { $0 + "\n" }.joined()
    }
}
