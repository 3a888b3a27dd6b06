import Foundation
import Sodium

extension HashIndex {
    /// Adds the hashes of the log's complete lines beyond the head, checking that each line carries the
    /// next seq, links to the leaf before and has the hash of its own header.
    func extend() throws(LedgerError) {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: layout.log)
            try handle.seek(toOffset: head.logBytes)
        } catch {
            throw .io(operation: "read", path: layout.log.path, underlying: error)
        }
        defer { try? handle.close() }
        var reader = LineReader(handle: handle)
        var done = false
        while !done {
            var leaves = [UInt8]()
            leaves.reserveCapacity(Self.batchSize * TreeHash.length)
            var count = 0
            while count < Self.batchSize {
                guard let item = try reader.next(), case .line(let line) = item else { done = true; break }
                try admit(line, into: &leaves)
                count += 1
            }
            try appendLeaves(leaves, count: count)
        }
    }

    /// Checks one line against the chain so far and adds its hash to `leaves`.
    private func admit(_ line: ArraySlice<UInt8>, into leaves: inout [UInt8]) throws(LedgerError) {
        let seq = head.leafCount
        let decoded: DecodedEvent
        do {
            decoded = try DecodedEvent.decode(line)
        } catch {
            throw .damagedLog(error.at(seq: seq, line: seq + 1))
        }
        let previous = seq == 0 ? Event.genesisPreviousHash : head.lastLeaf
        let problem: (VerifyCode, String)? =
            if decoded.header.seq != seq { (.seqGap, "seq \(decoded.header.seq) where \(seq) was due") }
            else if !constantTimeEquals(decoded.header.previousHash, previous) { (.prevMismatch, "'prev' is not the hash of event \(seq - 1)") }
            else if !constantTimeEquals(decoded.hash, decoded.computedHash) { (.hashMismatch, "'hash' is not the hash of this header") }
            else { nil }
        if let (code, message) = problem {
            throw .damagedLog(VerifyFailure(seq: seq, line: seq + 1, code: code, message: message))
        }
        leaves.append(contentsOf: decoded.hash)
        head.lastLineOffset = head.logBytes
        head.logBytes += UInt64(line.count + 1)
        head.lastLeaf = decoded.hash
        head.leafCount += 1
    }

    /// Writes a batch of leaves and the complete subtrees they close, level by level.
    private func appendLeaves(_ leaves: [UInt8], count: Int) throws(LedgerError) {
        guard count > 0 else { return }
        let oldCount = leafCount
        leafCount += count
        try openLevels(for: leafCount)
        try write(leaves, level: 0, at: oldCount)
        var level = 1
        while leafCount >> level > oldCount >> level {
            let (first, end) = (oldCount >> level, leafCount >> level)
            let children = try read(level: level - 1, from: 2 * first, count: 2 * (end - first))
            var nodes = [UInt8]()
            nodes.reserveCapacity((end - first) * TreeHash.length)
            for pair in stride(from: 0, to: children.count, by: 2 * TreeHash.length) {
                let left = Array(children[pair..<(pair + TreeHash.length)])
                let right = Array(children[(pair + TreeHash.length)..<(pair + 2 * TreeHash.length)])
                nodes.append(contentsOf: TreeHash.node(left, right))
            }
            try write(nodes, level: level, at: first)
            level += 1
        }
    }

    private func write(_ hashes: [UInt8], level: Int, at index: Int) throws(LedgerError) {
        do {
            try files[level].seek(toOffset: UInt64(index * TreeHash.length))
            try files[level].write(contentsOf: Data(hashes))
        } catch {
            throw .io(operation: "write", path: levelFile(level).path, underlying: error)
        }
    }
}
