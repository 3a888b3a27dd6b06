import Sodium
@testable import Ledger

/// Seeded mutations of a real log, the way a hostile or broken tool could change it: raw bytes, and
/// content changed inside a payload or header and then correctly hashed, signed and chained again (with
/// the test keys), so the mutation reaches the checks beyond hashes and signatures.
struct LogMutator {
    /// The lines of the log mutated, without newlines; each must be a valid event line.
    let lines: [[UInt8]]
    private var random: SeededRandom

    /// A mutator of `lines` driven by `seed`.
    init(lines: [[UInt8]], seed: UInt64) {
        self.lines = lines
        random = SeededRandom(seed: seed)
    }

    /// One mutated log and a short description of what was done.
    mutating func next() -> (log: [UInt8], mutation: String) {
        switch pick(5) {
        case 0: rawBytes()
        case 1: lineEnds()
        case 2: resealedPayload()
        case 3: resealedHeader()
        default: resealedPayload()
        }
    }

    private mutating func pick(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }

    private mutating func element<T>(_ items: [T]) -> T { items[pick(items.count)] }

    private var joined: [UInt8] { lines.flatMap { $0 + [0x0A] } }

    /// Flips, inserts, deletes or duplicates bytes anywhere in the file.
    private mutating func rawBytes() -> ([UInt8], String) {
        var bytes = joined
        let (log, description) = mutate(&bytes)
        return (log, "raw " + description)
    }

    /// Changes how lines end: CRLF, a blank line, a missing final newline, a torn tail, spaces.
    private mutating func lineEnds() -> ([UInt8], String) {
        var bytes = joined
        let newlines = bytes.indices.filter { bytes[$0] == 0x0A }
        let at = element(newlines)
        switch pick(6) {
        case 0: bytes.insert(0x0D, at: at); return (bytes, "CR before the newline at \(at)")
        case 1: bytes.insert(0x0A, at: at); return (bytes, "blank line at \(at)")
        case 2: bytes.removeLast(); return (bytes, "no final newline")
        case 3: bytes.append(contentsOf: lines[pick(lines.count)].prefix(pick(200))); return (bytes, "torn tail")
        case 4: bytes.insert(0x20, at: at); return (bytes, "space before the newline at \(at)")
        default: bytes.remove(at: at); return (bytes, "two lines joined at \(at)")
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

    /// One mutation of `bytes` in place; returns them and a description.
    private mutating func mutate(_ bytes: inout [UInt8]) -> ([UInt8], String) {
        guard !bytes.isEmpty else { return (bytes, "empty") }
        let at = pick(bytes.count)
        switch pick(9) {
        case 0:
            let bit = UInt8(1) << UInt8(pick(8))
            bytes[at] ^= bit
            return (bytes, "flip bit \(bit) at \(at)")
        case 1:
            let piece = Array(element(FuzzInputs.strings).utf8)
            bytes.insert(contentsOf: piece, at: at)
            return (bytes, "insert \(String(decoding: piece, as: UTF8.self).debugDescription) at \(at)")
        case 2:
            let piece = element(FuzzInputs.rawBytes)
            bytes.insert(contentsOf: piece, at: at)
            return (bytes, "insert bytes \(piece) at \(at)")
        case 3:
            let count = min(bytes.count - at, 1 + pick(8))
            bytes.removeSubrange(at..<at + count)
            return (bytes, "delete \(count) at \(at)")
        case 4:
            return replaceStringContent(&bytes)
        case 5:
            return replaceValue(&bytes)
        case 6:
            return insertMember(&bytes)
        case 7:
            let count = min(bytes.count - at, 1 + pick(16))
            bytes.insert(contentsOf: Array(bytes[at..<at + count]), at: at)
            return (bytes, "duplicate \(count) at \(at)")
        default:
            return replaceStringContent(&bytes)
        }
    }

    /// The ranges of the contents of the JSON strings in `bytes` (between unescaped quotes).
    private static func stringContents(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges = [Range<Int>]()
        var start: Int?
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "\""):
                if let open = start { ranges.append(open..<index); start = nil } else { start = index + 1 }
            default: break
            }
            index += 1
        }
        return ranges
    }

    /// Replaces the content of a string (a key or a value) with a fuzz string, or appends one to it.
    private mutating func replaceStringContent(_ bytes: inout [UInt8]) -> ([UInt8], String) {
        let ranges = Self.stringContents(bytes)
        guard !ranges.isEmpty else { return (bytes, "no string") }
        let range = element(ranges)
        let piece = Array(element(FuzzInputs.strings).utf8)
        if pick(2) == 0 {
            bytes.replaceSubrange(range, with: piece)
            return (bytes, "string at \(range.lowerBound) := \(String(decoding: piece, as: UTF8.self).debugDescription)")
        }
        bytes.insert(contentsOf: piece, at: range.upperBound)
        return (bytes, "string at \(range.lowerBound) += \(String(decoding: piece, as: UTF8.self).debugDescription)")
    }

    /// Replaces a member's value (after a `:`) up to the next `,` or `}` with a fuzz value.
    private mutating func replaceValue(_ bytes: inout [UInt8]) -> ([UInt8], String) {
        let colons = bytes.indices.filter { bytes[$0] == UInt8(ascii: ":") }
        guard !colons.isEmpty else { return (bytes, "no member") }
        let start = element(colons) + 1
        let end = bytes[start...].firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "}") } ?? bytes.count
        let value = element(FuzzInputs.values)
        bytes.replaceSubrange(start..<end, with: Array(value.utf8))
        return (bytes, "value at \(start) := \(value)")
    }

    /// Inserts a member right after an object's `{`, with a fuzz key (often one equivalent to a key there).
    private mutating func insertMember(_ bytes: inout [UInt8]) -> ([UInt8], String) {
        let braces = bytes.indices.filter { bytes[$0] == UInt8(ascii: "{") }
        guard !braces.isEmpty else { return (bytes, "no object") }
        let at = element(braces) + 1
        let key = element(FuzzInputs.strings)
        let member = "\"\(key)\":\(element(FuzzInputs.values))" + (at < bytes.count && bytes[at] == UInt8(ascii: "}") ? "" : ",")
        bytes.insert(contentsOf: Array(member.utf8), at: at)
        return (bytes, "member \(member.debugDescription) at \(at)")
    }
}
