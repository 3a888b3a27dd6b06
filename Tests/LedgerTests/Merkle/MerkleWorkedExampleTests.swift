import Testing
@testable import Ledger
import Sodium

/// The seven-leaf tree of RFC 6962 §2.1.3, with the proofs the RFC lists for it.
@Suite("RFC 6962 worked example")
struct MerkleWorkedExampleTests {
    //            hash
    //           /    \
    //          k      l
    //         / \    / \
    //        g   h  i   j
    //       / \ / \ / \  |
    //       a b c d e f  d6
    let leaves = (0..<7).map { SHA256.hash(prefix: 0x00, [UInt8]("d\($0)".utf8)) }
    var a: [UInt8] { leaves[0] }
    var b: [UInt8] { leaves[1] }
    var c: [UInt8] { leaves[2] }
    var d: [UInt8] { leaves[3] }
    var e: [UInt8] { leaves[4] }
    var f: [UInt8] { leaves[5] }
    var j: [UInt8] { leaves[6] }
    var g: [UInt8] { TreeHash.node(a, b) }
    var h: [UInt8] { TreeHash.node(c, d) }
    var i: [UInt8] { TreeHash.node(e, f) }
    var k: [UInt8] { TreeHash.node(g, h) }
    var l: [UInt8] { TreeHash.node(i, j) }
    var root: [UInt8] { TreeHash.node(k, l) }

    func tree() throws -> MerkleTree<MemoryTree> { MerkleTree(try MemoryTree(leaves: leaves)) }

    @Test("The root is the hash of k and l")
    func treeRoot() throws {
        #expect(try tree().root(size: 7) == root)
        #expect(try tree().root(size: 0) == SHA256.hash([]))
    }

    @Test("Inclusion proofs of a, d and e are [b, h, l], [c, g, l] and [f, j, k]")
    func inclusion() throws {
        let tree = try tree()
        #expect(try tree.inclusionProof(index: 0, size: 7) == [b, h, l])
        #expect(try tree.inclusionProof(index: 3, size: 7) == [c, g, l])
        #expect(try tree.inclusionProof(index: 4, size: 7) == [f, j, k])
        for (index, proof) in [(0, [b, h, l]), (3, [c, g, l]), (4, [f, j, k])] {
            try MerkleProof.verifyInclusion(leafHash: leaves[index], index: index, size: 7, proof: proof, root: root)
        }
    }

    @Test("Consistency proofs from sizes 3, 4 and 6 are [c, d, g, l], [l] and [i, j, k]")
    func consistency() throws {
        let tree = try tree()
        for (size, proof) in [(3, [c, d, g, l]), (4, [l]), (6, [i, j, k])] {
            #expect(try tree.consistencyProof(from: size, to: 7) == proof)
            try MerkleProof.verifyConsistency(
                oldSize: size, newSize: 7, proof: proof, oldRoot: try tree.root(size: size), newRoot: root)
        }
    }
}
