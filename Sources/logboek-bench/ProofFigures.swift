import Foundation
import Ledger

/// `prove` on a large signed log: the time to build the hash index from the log, and the time per
/// inclusion and consistency proof once it exists (each proof opened through the index, as the CLI does).
struct ProofFigures {
    let indexBuildSeconds: Double
    let inclusionMicroseconds: Double
    let consistencyMicroseconds: Double

    /// Measures on `layout`, whose log holds `events` events and has no index yet.
    static func measure(_ layout: LogbookLayout, events: Int, proofs: Int = 1000) throws -> ProofFigures {
        let build = try Stopwatch.time { _ = try HashIndex.open(layout) }
        let tree = MerkleTree(try HashIndex.open(layout))
        var random = SeededRandom(seed: 42)
        let inclusion = try Stopwatch.time {
            for _ in 0..<proofs { _ = try tree.inclusionProof(index: Int.random(in: 0..<events, using: &random), size: events) }
        }
        let consistency = try Stopwatch.time {
            for _ in 0..<proofs { _ = try tree.consistencyProof(from: Int.random(in: 1..<events, using: &random), to: events) }
        }
        return ProofFigures(
            indexBuildSeconds: build, inclusionMicroseconds: inclusion / Double(proofs) * 1e6,
            consistencyMicroseconds: consistency / Double(proofs) * 1e6)
    }
}
