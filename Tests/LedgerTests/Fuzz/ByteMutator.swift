import Ledger

/// Seeded byte-level mutations for fuzzing parsers: bit flips, insertions of awkward characters, escapes and
/// invalid UTF-8, deletions, duplications, and JSON-aware changes to strings, values and members.
struct ByteMutator {
    private var random: SeededRandom

    /// A mutator driven by `seed`.
    init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    /// A number below `count`.
    mutating func pick(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }

    /// One of `items`.
    mutating func element<T>(_ items: [T]) -> T { items[pick(items.count)] }

    /// One mutation of `bytes` in place; returns a description of it.
    mutating func mutate(_ bytes: inout [UInt8]) -> String {
        guard !bytes.isEmpty else { return "empty" }
        let at = pick(bytes.count)
        switch pick(10) {
        case 0:
            let bit = UInt8(1) << UInt8(pick(8))
            bytes[at] ^= bit
            return "flip bit \(bit) at \(at)"
        case 1:
            let piece = Array(element(FuzzInputs.strings).utf8)
            bytes.insert(contentsOf: piece, at: at)
            return "insert \(String(decoding: piece, as: UTF8.self).debugDescription) at \(at)"
        case 2:
            let piece = element(FuzzInputs.rawBytes)
            bytes.insert(contentsOf: piece, at: at)
            return "insert bytes \(piece) at \(at)"
        case 3:
            let count = min(bytes.count - at, 1 + pick(8))
            bytes.removeSubrange(at..<at + count)
            return "delete \(count) at \(at)"
        case 4:
            return replaceStringContent(&bytes)
        case 5:
            return replaceValue(&bytes)
        case 6:
            return insertMember(&bytes)
        case 7:
            let count = min(bytes.count - at, 1 + pick(16))
            bytes.insert(contentsOf: Array(bytes[at..<at + count]), at: at)
            return "duplicate \(count) at \(at)"
        case 8:
            return replaceWithCanonicalTwin(&bytes)
        default:
            return replaceStringContent(&bytes)
        }
    }

    /// Canonically equivalent spellings that differ in code units: a reader comparing by `String ==` takes
    /// one for the other (`publicKey` with U+212A KELVIN SIGN is `publicKey` to Swift, not to Python).
    private static let canonicalTwins: [(String, String)] = [
        ("K", "\u{212A}"), (";", "\u{37E}"), ("`", "\u{1FEF}"), ("\u{E9}", "e\u{301}"), ("\u{C5}", "\u{212B}"), ("\u{C5}", "A\u{30A}"),
    ]

    /// Replaces one occurrence of a character by a canonically equivalent spelling (or back).
    private mutating func replaceWithCanonicalTwin(_ bytes: inout [UInt8]) -> String {
        let (one, other) = element(Self.canonicalTwins)
        let (from, to) = pick(2) == 0 ? (Array(one.utf8), Array(other.utf8)) : (Array(other.utf8), Array(one.utf8))
        let starts = bytes.indices.filter { bytes[$0...].starts(with: from) }
        guard !starts.isEmpty else { return "no \(String(decoding: from, as: UTF8.self).debugDescription)" }
        let at = element(starts)
        bytes.replaceSubrange(at..<at + from.count, with: to)
        return "canonical twin \(String(decoding: to, as: UTF8.self).debugDescription) for \(String(decoding: from, as: UTF8.self).debugDescription) at \(at)"
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
    private mutating func replaceStringContent(_ bytes: inout [UInt8]) -> String {
        let ranges = Self.stringContents(bytes)
        guard !ranges.isEmpty else { return "no string" }
        let range = element(ranges)
        let piece = Array(element(FuzzInputs.strings).utf8)
        if pick(2) == 0 {
            bytes.replaceSubrange(range, with: piece)
            return "string at \(range.lowerBound) := \(String(decoding: piece, as: UTF8.self).debugDescription)"
        }
        bytes.insert(contentsOf: piece, at: range.upperBound)
        return "string at \(range.lowerBound) += \(String(decoding: piece, as: UTF8.self).debugDescription)"
    }

    /// Replaces a member's value (after a `:`) up to the next `,` or `}` with a fuzz value.
    private mutating func replaceValue(_ bytes: inout [UInt8]) -> String {
        let colons = bytes.indices.filter { bytes[$0] == UInt8(ascii: ":") }
        guard !colons.isEmpty else { return "no member" }
        let start = element(colons) + 1
        let end = bytes[start...].firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "}") } ?? bytes.count
        let value = element(FuzzInputs.values)
        bytes.replaceSubrange(start..<end, with: Array(value.utf8))
        return "value at \(start) := \(value)"
    }

    /// Inserts a member right after an object's `{`, with a fuzz key (often one equivalent to a key there).
    private mutating func insertMember(_ bytes: inout [UInt8]) -> String {
        let braces = bytes.indices.filter { bytes[$0] == UInt8(ascii: "{") }
        guard !braces.isEmpty else { return "no object" }
        let at = element(braces) + 1
        let key = element(FuzzInputs.strings)
        let member = "\"\(key)\":\(element(FuzzInputs.values))" + (at < bytes.count && bytes[at] == UInt8(ascii: "}") ? "" : ",")
        bytes.insert(contentsOf: Array(member.utf8), at: at)
        return "member \(member.debugDescription) at \(at)"
    }
}
