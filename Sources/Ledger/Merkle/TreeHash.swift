import Sodium

/// The RFC 6962 / RFC 9162 hashing of a Merkle tree over SHA-256: leaves are the event hashes
/// (`SHA-256(0x00 ‖ header)`), interior nodes are `SHA-256(0x01 ‖ left ‖ right)`.
public enum TreeHash {
    /// Every hash in a tree, a proof or a checkpoint is 32 bytes.
    public static let length = 32
    /// The root of the empty tree: SHA-256 of the empty string.
    public static let emptyRoot = SHA256.hash([])

    /// The hash of an interior node.
    /// - Parameters:
    ///   - left: The left child's hash.
    ///   - right: The right child's hash.
    /// - Returns: `SHA-256(0x01 ‖ left ‖ right)`.
    public static func node(_ left: [UInt8], _ right: [UInt8]) -> [UInt8] {
        var hasher = SHA256Hasher()
        hasher.update(0x01)
        hasher.update(left)
        hasher.update(right)
        return hasher.finalize()
    }

    /// Refuses a hash that is not 32 bytes.
    /// - Parameters:
    ///   - hash: The hash.
    ///   - what: What it is, for the message.
    /// - Throws: ``ProofError/badHashLength(_:)``.
    static func check(_ hash: [UInt8], _ what: String) throws(ProofError) {
        guard hash.count == length else {
            throw .badHashLength("\(what) is \(hash.count) bytes long; every hash is \(length) bytes")
        }
    }

    /// The largest power of two strictly below `size` (`size` at least 2).
    static func split(_ size: Int) -> Int {
        precondition(size >= 2, "only a tree of two or more leaves splits")
        return 1 << (Int.bitWidth - 1 - (size - 1).leadingZeroBitCount)
    }
}
