import Sodium
@testable import Ledger

/// Seeded mutations of a real log, the way a hostile or broken tool could change it: raw bytes, and
/// content changed inside a payload or header and then correctly hashed, signed and chained again (with
/// the test keys), so the mutation reaches the checks beyond hashes and signatures.
struct LogMutator {
    /// The lines of the log mutated, without newlines; each must be a valid event line.
    let lines: [[UInt8]]
    private var mutator: ByteMutator

    /// A mutator of `lines` driven by `seed`.
    init(lines: [[UInt8]], seed: UInt64) {
        self.lines = lines
        mutator = ByteMutator(seed: seed)
    }

    /// One mutated log and a short description of what was done.
    mutating func next() -> (log: [UInt8], mutation: String) {
        switch pick(6) {
        case 0: rawBytes()
        case 1: lineEnds()
        case 2: resealedPayload()
        case 3: resealedHeader()
        case 4: swappedAuthor()
        default: resealedPayload()
        }
    }

    private mutating func pick(_ count: Int) -> Int { mutator.pick(count) }

    private mutating func element<T>(_ items: [T]) -> T { mutator.element(items) }

    private mutating func mutate(_ target: inout [UInt8]) -> ([UInt8], String) {
        let description = mutator.mutate(&target)
        return (target, description)
    }

    private var joined: [UInt8] { lines.flatMap { $0 + [0x0A] } }

    /// Flips, inserts, deletes or duplicates bytes anywhere in the file.
    private mutating func rawBytes() -> ([UInt8], String) {
        var log = joined
        let description = mutator.mutate(&log)
        return (log, "raw " + description)
    }

    /// Changes how lines end: CRLF, a blank line, a missing final newline, a torn tail, spaces.
    private mutating func lineEnds() -> ([UInt8], String) {
        var log = joined
        let newlines = log.indices.filter { log[$0] == 0x0A }
        let at = element(newlines)
        switch pick(6) {
        case 0: log.insert(0x0D, at: at); return (log, "CR before the newline at \(at)")
        case 1: log.insert(0x0A, at: at); return (log, "blank line at \(at)")
        case 2: log.removeLast(); return (log, "no final newline")
        case 3: log.append(contentsOf: lines[pick(lines.count)].prefix(pick(200))); return (log, "torn tail")
        case 4: log.insert(0x20, at: at); return (log, "space before the newline at \(at)")
        default: log.remove(at: at); return (log, "two lines joined at \(at)")
        }
    }

    /// Mutates the payload of one event, then seals it and every event after it again.
    private mutating func resealedPayload() -> ([UInt8], String) {
        let index = pick(lines.count)
        let parts = Self.parts(of: lines[index])
        var payload = Array(parts.payload)
        let (_, description) = mutate(&payload)
        guard let event = try? DecodedEvent.decode(lines[index][...]) else { return (joined, "unchanged") }
        let old = event.header
        let header = EventHeader(
            seq: old.seq, previousHash: old.previousHash, recordedAt: old.recordedAt, author: old.author, type: old.type,
            stream: old.stream, payloadDigest: SHA256.hash(payload))
        return (resealed(at: index, headerBytes: header.canonicalBytes, payload: payload, author: old.author), "payload of seq \(index): \(description)")
    }

    /// Mutates the header bytes of one event, then signs them and chains every event after them again.
    private mutating func resealedHeader() -> ([UInt8], String) {
        let index = pick(lines.count)
        let parts = Self.parts(of: lines[index])
        var header = Array(parts.header)
        let (_, description) = mutate(&header)
        guard let event = try? DecodedEvent.decode(lines[index][...]) else { return (joined, "unchanged") }
        return (resealed(at: index, headerBytes: header, payload: Array(parts.payload), author: event.header.author),
                "header of seq \(index): \(description)")
    }

    /// Gives one event another author of the log (an active actor, or one revoked later or earlier), signed with
    /// that author's own key and chained again: the signature holds, so only the signing rules can refuse it.
    private mutating func swappedAuthor() -> ([UInt8], String) {
        let events = lines.compactMap { try? DecodedEvent.decode($0[...]) }
        let authors = Array(Set(events.map(\.header.author))).sorted()
        let index = pick(lines.count)
        guard index < events.count, authors.count > 1 else { return (joined, "unchanged") }
        let old = events[index].header
        let author = element(authors.filter { $0 != old.author })
        let header = EventHeader(
            seq: old.seq, previousHash: old.previousHash, recordedAt: old.recordedAt, author: author, type: old.type,
            stream: old.stream, payloadDigest: old.payloadDigest)
        return (resealed(at: index, headerBytes: header.canonicalBytes, payload: Array(Self.parts(of: lines[index]).payload), author: author),
                "author of seq \(index) (\(old.type)) swapped from \(old.author) to \(author), signed by \(author)")
    }

    /// The log with line `index` made of these parts (hashed and signed by `author`'s test key) and every
    /// line after it chained onto it again.
    private func resealed(at index: Int, headerBytes: [UInt8], payload: [UInt8], author: String) -> [UInt8] {
        var output: [UInt8] = lines[..<index].flatMap { $0 + [0x0A] }
        var previous = Self.seal(headerBytes, payload, author: author, into: &output)
        for line in lines[(index + 1)...] {
            guard let event = try? DecodedEvent.decode(line[...]) else { return output }
            let old = event.header
            let header = EventHeader(
                seq: old.seq, previousHash: previous, recordedAt: old.recordedAt, author: old.author, type: old.type,
                stream: old.stream, payloadDigest: old.payloadDigest)
            previous = Self.seal(header.canonicalBytes, Array(Self.parts(of: line).payload), author: old.author, into: &output)
        }
        return output
    }

    /// Appends the line of these parts, hashed and signed with `author`'s test key; returns its hash.
    private static func seal(_ header: [UInt8], _ payload: [UInt8], author: String, into output: inout [UInt8]) -> [UInt8] {
        let hash = SHA256.hash(prefix: 0x00, header)
        let key = (try? TestLogbook.key(for: author)) ?? (try? TestLogbook.key(for: "nobody"))
        let signature = key?.signature(for: Event.signingMessage(for: hash)) ?? []
        output += Event.line(headerBytes: header, payloadBytes: payload, hash: hash, signature: signature)
        return hash
    }

    /// The header and payload bytes of a valid event line (`{"hash":…,"header":{…},"payload":{…},"sig":…}`).
    static func parts(of line: [UInt8]) -> (header: ArraySlice<UInt8>, payload: ArraySlice<UInt8>) {
        let headerStart = 84
        let headerEnd = (line[headerStart...].firstIndex(of: UInt8(ascii: "}")) ?? headerStart) + 1
        let payloadStart = headerEnd + #","payload":"#.utf8.count
        let signatureKey = Array(#","sig":""#.utf8)
        var payloadEnd = line.count - signatureKey.count
        while payloadEnd > payloadStart, Array(line[payloadEnd..<payloadEnd + signatureKey.count]) != signatureKey { payloadEnd -= 1 }
        return (line[headerStart..<headerEnd], line[payloadStart..<payloadEnd])
    }
}
