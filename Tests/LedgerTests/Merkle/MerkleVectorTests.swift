import Foundation
import Testing
@testable import Ledger

/// The published RFC 6962 / RFC 9162 Merkle proof vectors of transparency-dev/merkle (`testdata/` of
/// github.com/transparency-dev/merkle: inclusion, consistency and their subtree forms), read from
/// `$LOGBOEK_SHARED/testdata/merkle` (by default a folder `shared` next to the repository's folder); their
/// licence keeps them out of the repository. Without them these tests are skipped and `tools/test` warns.
@Suite("Merkle proof vectors")
struct MerkleVectorTests {
    static let folder: URL = {
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = ProcessInfo.processInfo.environment["LOGBOEK_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? repository.deletingLastPathComponent().appendingPathComponent("shared")
        return shared.appendingPathComponent("testdata/merkle")
    }()

    /// The one vector that conflicts with the rule that every hash is 32 bytes: it calls two equal
    /// 12-byte "roots" of trees of size 1 consistent. The log refuses any hash that is not 32 bytes.
    static let shortRootVector = "consistency/additional/sizes-are-equal-one-and-proof-is-empty.json"

    static func files(_ kind: String) -> [String] {
        let root = folder.appendingPathComponent(kind)
        let groups = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return groups.flatMap { group in
            ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(group).path)) ?? [])
                .filter { $0.hasSuffix(".json") }.map { "\(kind)/\(group)/\($0)" }
        }.sorted()
    }

    static func vector(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func bytes(_ value: Any?) throws -> [UInt8] {
        guard let text = value as? String else { return [] }
        return [UInt8](try #require(Data(base64Encoded: text)))
    }

    /// A size or index; `nil` when it does not fit an `Int` (the vectors use 2^64 − 1, which any
    /// reader of sizes here refuses before a proof is checked).
    static func number(_ value: Any?) -> Int? {
        (value as? NSNumber).flatMap { Int(exactly: $0.uint64Value) }
    }

    static func proof(_ value: Any?) throws -> [[UInt8]] {
        try ((value as? [String]) ?? []).map { try bytes($0) }
    }

    @Test(
        "All vector folders are present",
        .enabled(if: FileManager.default.fileExists(atPath: folder.path), "the transparency-dev/merkle vectors are not at $LOGBOEK_SHARED/testdata/merkle"))
    func present() {
        #expect(Self.files("inclusion").count == 86)
        #expect(Self.files("consistency").count == 98)
    }

    @Test("Inclusion vectors: the valid ones verify, every wantErr one fails", arguments: files("inclusion"))
    func inclusion(_ name: String) throws {
        let vector = try Self.vector(name)
        guard let index = Self.number(vector["leafIdx"]), let size = Self.number(vector["treeSize"]) else {
            #expect(vector["wantErr"] as? Bool == true, "\(name)")
            return
        }
        let check = {
            try MerkleProof.verifyInclusion(
                leafHash: try Self.bytes(vector["leafHash"]), index: index, size: size, proof: try Self.proof(vector["proof"]),
                root: try Self.bytes(vector["root"]))
        }
        if try #require(vector["wantErr"] as? Bool) {
            #expect(throws: ProofError.self, "\(name)") { try check() }
        } else {
            #expect(throws: Never.self, "\(name)") { try check() }
        }
    }

    @Test("Consistency vectors: the valid ones verify, every wantErr one fails", arguments: files("consistency"))
    func consistency(_ name: String) throws {
        let vector = try Self.vector(name)
        guard let oldSize = Self.number(vector["size1"]), let newSize = Self.number(vector["size2"]) else {
            #expect(vector["wantErr"] as? Bool == true, "\(name)")
            return
        }
        let check = {
            try MerkleProof.verifyConsistency(
                oldSize: oldSize, newSize: newSize,
                proof: try Self.proof(vector["proof"]), oldRoot: try Self.bytes(vector["root1"]),
                newRoot: try Self.bytes(vector["root2"]))
        }
        if name == Self.shortRootVector {
            #expect(throws: ProofError.badHashLength("")) { try check() }
        } else if try #require(vector["wantErr"] as? Bool) {
            #expect(throws: ProofError.self, "\(name)") { try check() }
        } else {
            #expect(throws: Never.self, "\(name)") { try check() }
        }
    }

    @Test("The short-root vector's case verifies with 32-byte roots")
    func equalSizesWithRealRoots() throws {
        let root = TreeHash.node([UInt8](repeating: 1, count: 32), [UInt8](repeating: 2, count: 32))
        try MerkleProof.verifyConsistency(oldSize: 1, newSize: 1, proof: [], oldRoot: root, newRoot: root)
        #expect(throws: ProofError.badProofLength("")) {
            try MerkleProof.verifyConsistency(oldSize: 1, newSize: 1, proof: [root], oldRoot: root, newRoot: root)
        }
    }

    @Test("A consistency proof from size 0 is refused, even an empty one between empty roots")
    func fromZero() {
        #expect(throws: ProofError.badRange("")) {
            try MerkleProof.verifyConsistency(oldSize: 0, newSize: 0, proof: [], oldRoot: TreeHash.emptyRoot, newRoot: TreeHash.emptyRoot)
        }
    }
}
