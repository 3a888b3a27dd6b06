/// The head of the derived state (`state/head`): the last event it covers (seq, where its line starts and
/// ends, its hash) and the version of every stream after it.
///
/// It is read as a claim about the log, never as a fact: ``DerivedState`` believes it only after finding
/// that event at that offset with that hash in the log.
struct SavedHead: Sendable, Equatable {
    /// The last event covered.
    let last: IndexedEvent
    /// The number of events in each stream, through `last`.
    let streamVersions: [String: Int]

    private static let magic = "logboek-state 1"

    /// The file's bytes: a first line `logboek-state 1 SEQ OFFSET LENGTH HASH STREAM`, then one line
    /// `VERSION STREAM` per stream.
    var bytes: [UInt8] {
        var text = "\(Self.magic) \(last.seq) \(last.offset) \(last.length) \(Hex.encode(last.hash)) \(last.stream)\n"
        for (stream, version) in streamVersions.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            text += "\(version) \(stream)\n"
        }
        return Array(text.utf8)
    }

    /// Reads a head file; `nil` for anything that is not one, to the last byte.
    /// - Parameter bytes: The file's content.
    init?(parsing bytes: [UInt8]) {
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard lines.count >= 2, lines.last?.isEmpty == true else { return nil }
        let first = lines[0].split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
        guard first.count == 7, "\(first[0]) \(first[1])" == Self.magic, let seq = Int(first[2]), seq >= 0,
              let offset = UInt64(first[3]), let length = Int(first[4]), length > 0,
              let hash = Hex.decode(first[5]), hash.count == Event.hashLength, Names.isStream(first[6])
        else { return nil }
        var versions = [String: Int]()
        for line in lines.dropFirst().dropLast() {
            guard let space = line.firstIndex(of: 0x20), let version = Int(String(decoding: line[..<space], as: UTF8.self)),
                  version > 0 else { return nil }
            let stream = String(decoding: line[(space + 1)...], as: UTF8.self)
            guard Names.isStream(stream), versions.updateValue(version, forKey: stream) == nil else { return nil }
            versions[stream] = version
        }
        guard versions.values.reduce(0, +) == seq + 1 else { return nil }
        last = IndexedEvent(seq: seq, offset: offset, length: length, stream: first[6], hash: hash)
        streamVersions = versions
    }

    /// A head covering the events through `last`.
    init(last: IndexedEvent, streamVersions: [String: Int]) {
        self.last = last
        self.streamVersions = streamVersions
    }
}
