import Foundation
import Ledger

/// The outlines of the log's cases saved beside the saved state (`state/outlines`), so that `case list` without a key
/// reads one file instead of every case's events: per case, one line `ID VERSION FIRSTSEQ LASTSEQ STATUS CHANGEDAT`
/// (`-` when no lifecycle event was recorded). Header data only: ids, seqs, event types and times, no content. Like
/// the saved state it is never trusted: a case whose version or last seq differs from the saved state's is brought up
/// to date from its events' headers, and a file that does not read is as good as none.
struct SavedOutlines {
    /// One case's outline as saved.
    struct Entry: Sendable, Equatable {
        /// The case id.
        let id: String
        /// The number of the case's events it covers.
        private(set) var version = 0
        /// The seq of the case's first event.
        let firstSeq: Int
        /// The seq of the last event it covers.
        private(set) var lastSeq: Int
        /// `open`, `closed` or `redirected`.
        private(set) var status = "open"
        /// When the last lifecycle event was recorded.
        private(set) var changedAt: Timestamp?

        /// A case before its first event is folded.
        init(id: String, firstSeq: Int) {
            self.id = id
            self.firstSeq = firstSeq
            lastSeq = firstSeq
        }

        /// Reads a saved line; `nil` for one that does not read.
        init?(line: ArraySlice<UInt8>) {
            let fields = line.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == 6, let version = Int(fields[1]), let first = Int(fields[2]), let last = Int(fields[3]), version > 0,
                  first <= last, CaseOutline.lifecycle.values.contains(fields[4])
            else { return nil }
            let changedAt = fields[5] == "-" ? nil : Timestamp(fields[5])
            guard fields[5] == "-" || changedAt != nil else { return nil }
            (id, self.version, firstSeq, lastSeq, status, self.changedAt) = (fields[0], version, first, last, fields[4], changedAt)
        }

        /// Folds the header of the case's next event in.
        mutating func fold(_ header: EventHeader) {
            version += 1
            lastSeq = header.seq
            if let status = CaseOutline.lifecycle[header.type] {
                self.status = status
                changedAt = header.recordedAt
            }
        }

        /// The saved line.
        var line: String { "\(id) \(version) \(firstSeq) \(lastSeq) \(status) \(changedAt?.description ?? "-")\n" }
    }

    /// The file.
    let file: URL

    /// The saved outlines of a logbook.
    init(layout: LogbookLayout) {
        file = layout.state.appendingPathComponent("outlines")
    }

    /// The saved outlines by case id; none when the file is missing or any line does not read.
    func read() -> [String: Entry] {
        guard let data = FileManager.default.contents(atPath: file.path) else { return [:] }
        var entries = [String: Entry]()
        for line in [UInt8](data).split(separator: 0x0A) {
            guard let entry = Entry(line: line), entries[entry.id] == nil else { return [:] }
            entries[entry.id] = entry
        }
        return entries
    }

    /// Saves the outlines, without a sync (they are rebuilt from the headers when they do not match); a failure to
    /// save only costs the next reader the headers again.
    func write(_ entries: [Entry]) {
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: file.path, contents: Data(entries.map(\.line).joined().utf8))
    }
}
