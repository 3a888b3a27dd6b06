import Testing
@testable import Ledger

/// Random trees from a seeded generator: every generated proof verifies, every mutated one fails.
@Suite("Merkle proof properties")
struct MerklePropertyTests {
    static func leaves(_ count: Int, random: inout SeededRandom) -> [[UInt8]] {
        (0..<count).map { _ in random.bytes(count: 32) }
    }

    /// The longest proof a tree of `size` leaves may need: ⌈log2 size⌉ + 1.
    static func bound(_ size: Int) -> Int {
        (size <= 1 ? 0 : Int.bitWidth - (size - 1).leadingZeroBitCount) + 1
    }

    /// The ways a proof is broken: a flipped bit, a dropped hash, an extra hash.
    static func mutations(of proof: [[UInt8]], random: inout SeededRandom) -> [[[UInt8]]] {
        var mutated = [proof + [random.bytes(count: 32)], [random.bytes(count: 32)] + proof]
        if !proof.isEmpty {
            var flipped = proof
            let position = Int.random(in: 0..<proof.count, using: &random)
            flipped[position][Int.random(in: 0..<32, using: &random)] ^= 1 << UInt8.random(in: 0..<8, using: &random)
            mutated += [flipped, Array(proof.dropLast()), Array(proof.dropFirst())]
        }
        return mutated
    }

    @Test("Roots agree between the tree, the streaming accumulator and a tree rebuilt leaf by leaf", arguments: [1, 2, 3, 5, 8, 33, 100])
    func roots(size: Int) throws {
        var random = SeededRandom(seed: UInt64(size))
        let leaves = Self.leaves(size, random: &random)
        let tree = MerkleTree(try MemoryTree(leaves: leaves))
        var accumulator = TreeHashAccumulator()
        for (index, leaf) in leaves.enumerated() {
            accumulator.append(leaf)
            #expect(accumulator.root == (try tree.root(size: index + 1)))
            #expect(accumulator.root == (try MerkleTree(try MemoryTree(leaves: Array(leaves[...index]))).root(size: index + 1)))
        }
    }

    @Test("Inclusion proofs verify, stay within ⌈log2 n⌉ + 1 hashes, and fail when mutated or misplaced", arguments: 0..<40)
    func inclusion(round: Int) throws {
        var random = SeededRandom(seed: 1000 + UInt64(round))
        let size = Int.random(in: 1...300, using: &random)
        let tree = MerkleTree(try MemoryTree(leaves: Self.leaves(size * 2 + 1, random: &random)))
        let root = try tree.root(size: size)
        let index = Int.random(in: 0..<size, using: &random)
        let leaf = try tree.source.subtree(level: 0, index: index)
        let proof = try tree.inclusionProof(index: index, size: size)
        #expect(proof.count <= Self.bound(size))
        try MerkleProof.verifyInclusion(leafHash: leaf, index: index, size: size, proof: proof, root: root)
        for mutated in Self.mutations(of: proof, random: &random) {
            #expect(throws: ProofError.self) { try MerkleProof.verifyInclusion(leafHash: leaf, index: index, size: size, proof: mutated, root: root) }
        }
        for wrongIndex in [index + 1, index - 1, index ^ 2, index + size] {
            #expect(throws: ProofError.self) {
                try MerkleProof.verifyInclusion(leafHash: leaf, index: wrongIndex, size: size, proof: proof, root: root)
            }
        }
        for wrongSize in [size + 1, size * 2 + 1, index] where wrongSize > 0 {
            let wrongRoot = try tree.root(size: wrongSize)
            #expect(throws: ProofError.self) {
                try MerkleProof.verifyInclusion(leafHash: leaf, index: index, size: wrongSize, proof: proof, root: wrongRoot)
            }
        }
    }

    @Test("Consistency proofs verify, stay within ⌈log2 n⌉ + 1 hashes, and fail when mutated or for other sizes", arguments: 0..<40)
    func consistency(round: Int) throws {
        var random = SeededRandom(seed: 2000 + UInt64(round))
        let newSize = Int.random(in: 2...300, using: &random)
        let oldSize = Int.random(in: 1..<newSize, using: &random)
        let tree = MerkleTree(try MemoryTree(leaves: Self.leaves(newSize + 1, random: &random)))
        let (oldRoot, newRoot) = (try tree.root(size: oldSize), try tree.root(size: newSize))
        let proof = try tree.consistencyProof(from: oldSize, to: newSize)
        #expect(proof.count <= Self.bound(newSize))
        try MerkleProof.verifyConsistency(oldSize: oldSize, newSize: newSize, proof: proof, oldRoot: oldRoot, newRoot: newRoot)
        for mutated in Self.mutations(of: proof, random: &random) {
            #expect(throws: ProofError.self) {
                try MerkleProof.verifyConsistency(oldSize: oldSize, newSize: newSize, proof: mutated, oldRoot: oldRoot, newRoot: newRoot)
            }
        }
        for (wrongOld, wrongNew) in [(oldSize + 1, newSize), (oldSize - 1, newSize), (oldSize, newSize + 1), (oldSize, newSize - 1)] {
            let (wrongOldRoot, wrongNewRoot) = (try tree.root(size: wrongOld), try tree.root(size: wrongNew))
            #expect(throws: ProofError.self) {
                try MerkleProof.verifyConsistency(
                    oldSize: wrongOld, newSize: wrongNew, proof: proof, oldRoot: wrongOldRoot, newRoot: wrongNewRoot)
            }
        }
        #expect(throws: ProofError.self) {
            try MerkleProof.verifyConsistency(oldSize: oldSize, newSize: newSize, proof: proof, oldRoot: newRoot, newRoot: oldRoot)
        }
    }

    @Test("Generating a proof outside the tree is refused")
    func outOfRange() throws {
        let tree = MerkleTree(try MemoryTree(leaves: [[UInt8]](repeating: [UInt8](repeating: 7, count: 32), count: 5)))
        #expect(throws: ProofError.badRange("")) { try tree.inclusionProof(index: 5, size: 5) }
        #expect(throws: ProofError.badRange("")) { try tree.inclusionProof(index: 0, size: 6) }
        #expect(throws: ProofError.badRange("")) { try tree.consistencyProof(from: 0, to: 5) }
        #expect(throws: ProofError.badRange("")) { try tree.consistencyProof(from: 4, to: 3) }
        #expect(try tree.consistencyProof(from: 5, to: 5).isEmpty)
    }
}
