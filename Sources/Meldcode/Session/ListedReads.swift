import Foundation
import Ledger

/// The reads that listings put on the record and that the cases' sealed summaries do not cover yet, saved beside the
/// saved state (`state/listed-reads`): per case, the seqs of `case.viewed` events a listing appended itself and found
/// dated the day the log recorded them (so never late, see ``CaseSummary/extended(through:)``). With it a listing's own
/// reads do not make the next listing open those reads and write every summary again (see ``CaseSummaries``).
///
/// Header data only — case ids and seqs, no content. The file is signed by the actor whose listing wrote it last, and
/// read only when that signature verifies under the key the registry holds for them now; a file that does not read or
/// verify is as good as none (the reads are then opened from the log). Format: a line `LBR1 <signer>`, a line
/// `<case id> <seq> <seq>…` per case, then a line with the base64 signature of the bytes before it.
struct ListedReads {
    private static let magic = "LBR1"
    private static let context = Array("logboek/listed-reads/v1".utf8) + [0]

    /// The file.
    let file: URL

    /// The listed reads of a logbook.
    /// - Parameter layout: The logbook.
    init(layout: LogbookLayout) {
        file = layout.state.appendingPathComponent("listed-reads")
    }

    /// The saved reads by case id, each case's seqs ascending; none when the file is missing, does not read, or its
    /// signature does not verify under its signer's key in `registry`.
    /// - Parameter registry: The actors and their keys as the log stands.
    func read(registry: ActorRegistry) -> [String: [Int]] {
        guard let data = FileManager.default.contents(atPath: file.path) else { return [:] }
        let bytes = [UInt8](data)
        guard bytes.last == 0x0A, let end = bytes.dropLast().lastIndex(of: 0x0A) else { return [:] }
        let body = Array(bytes[...end])
        let lines = body.split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) }
        let header = lines.first?.split(separator: " ").map(String.init) ?? []
        guard header.count == 2, header[0] == Self.magic, let signer = registry.actors[header[1]],
              let signature = Base64.decode(String(decoding: bytes[(end + 1)..<(bytes.count - 1)], as: UTF8.self)),
              signer.profile.publicKey.isValidSignature(signature, for: Self.context + body)
        else { return [:] }
        var reads = [String: [Int]]()
        for line in lines.dropFirst() {
            let fields = line.split(separator: " ").map(String.init)
            let seqs = fields.dropFirst().compactMap { Int($0) }
            guard fields.count > 1, seqs.count == fields.count - 1, reads[fields[0]] == nil else { return [:] }
            reads[fields[0]] = seqs.sorted()
        }
        return reads
    }

    /// Signs and saves the reads, without a sync (a file lost or torn only costs the next listing the reads opened).
    /// - Parameters:
    ///   - reads: The seqs of the reads by case id.
    ///   - signer: The actor whose listing writes it.
    ///   - key: Their signing key.
    func write(_ reads: [String: [Int]], signer: String, key: SigningKey) {
        var text = "\(Self.magic) \(signer)\n"
        for (id, seqs) in reads.sorted(by: { $0.key < $1.key }) where !seqs.isEmpty {
            text += "\(id) \(seqs.sorted().map(String.init).joined(separator: " "))\n"
        }
        let body = Array(text.utf8)
        let signature = Base64.encode(key.signature(for: Self.context + body))
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: file.path, contents: Data(body + Array("\(signature)\n".utf8)))
    }
}
