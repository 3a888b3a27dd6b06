import Ledger

/// Random JSON values and random byte mutations of their encodings, from a seeded generator.
struct RandomJSON {
    /// Pieces strings and keys are made of: escapes, controls, non-ASCII, and look-alikes that Swift
    /// strings treat as equal (`é` and `e` + U+0301, `K` and U+212A KELVIN SIGN).
    static let pieces: [String] = [
        "a", "b", "K", "Z", "0", " ", "/", "\"", "\\", "\n", "\t", "\r", "\u{8}", "\u{C}", "\u{0}", "\u{1F}",
        "\u{7F}", "\u{80}", "é", "e\u{301}", "\u{212A}", "中", "😀", "\u{FB33}", "\u{2028}", "\u{FFFF}", "salt",
    ]
    /// Integers at and near the edges of the accepted range, and other edges.
    static let integers: [Int64] = [
        0, 1, -1, 9, 10, -10, 99, 1 << 32, -(1 << 32), 9_007_199_254_740_991, -9_007_199_254_740_991,
        9_007_199_254_740_990, 1_000_000_000_000_000,
    ]
    /// Bytes worth inserting: structure, number and escape letters, whitespace and UTF-8 edges.
    static let interestingBytes: [UInt8] =
        Array(#"{}[],:"\ -+.eE0123456789tfnu/bxA"#.utf8)
        + [0x00, 0x09, 0x0A, 0x1F, 0x7F, 0x80, 0xBF, 0xC3, 0xE2, 0xED, 0xF0, 0xFF]

    /// The random source.
    var generator: SeededRandom

    /// A random value, nested at most a few levels.
    /// - Parameter depth: How deep the value sits.
    /// - Returns: The value.
    mutating func value(depth: Int = 0) -> JSONValue {
        switch Int.random(in: 0..<(depth >= 3 ? 5 : 8), using: &generator) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2: return .integer(integer())
        case 3, 4: return .string(string())
        case 5: return .array(array(depth: depth))
        default: return .object(object(depth: depth))
        }
    }

    /// Random elements for an array.
    /// - Parameter depth: How deep the array sits.
    /// - Returns: The elements.
    private mutating func array(depth: Int) -> [JSONValue] {
        var elements: [JSONValue] = []
        for _ in 0..<Int.random(in: 0...4, using: &generator) {
            elements.append(value(depth: depth + 1))
        }
        return elements
    }

    /// Random members for an object.
    /// - Parameter depth: How deep the object sits.
    /// - Returns: The members.
    private mutating func object(depth: Int) -> [String: JSONValue] {
        var members: [String: JSONValue] = [:]
        for _ in 0..<Int.random(in: 0...5, using: &generator) {
            members[string()] = value(depth: depth + 1)
        }
        return members
    }

    /// A random integer, often at an edge.
    /// - Returns: The integer, within ±(2^53 − 1).
    mutating func integer() -> Int64 {
        if Bool.random(using: &generator), let edge = Self.integers.randomElement(using: &generator) {
            return Bool.random(using: &generator) ? edge : -edge
        }
        return Int64.random(in: -9_007_199_254_740_991...9_007_199_254_740_991, using: &generator)
    }

    /// A random string of a few pieces.
    /// - Returns: The string.
    mutating func string() -> String {
        var string = ""
        for _ in 0..<Int.random(in: 0...3, using: &generator) {
            string += Self.pieces.randomElement(using: &generator) ?? ""
        }
        return string
    }

    /// A random object, the usual top level of a line.
    /// - Returns: The object.
    mutating func document() -> JSONValue {
        var members: [String: JSONValue] = [:]
        for _ in 0..<Int.random(in: 1...5, using: &generator) {
            members[string()] = value(depth: 1)
        }
        return .object(members)
    }

    /// The bytes with one random change: a bit flipped, a byte replaced, inserted or deleted, two
    /// neighbours swapped, or a stretch copied elsewhere.
    /// - Parameter bytes: The bytes to change.
    /// - Returns: The changed bytes.
    mutating func mutation(of bytes: [UInt8]) -> [UInt8] {
        var changed = bytes
        let interesting = Self.interestingBytes.randomElement(using: &generator) ?? 0
        guard !changed.isEmpty else { return [interesting] }
        let position = Int.random(in: 0..<changed.count, using: &generator)
        let other = Int.random(in: 0...changed.count, using: &generator)
        switch Int.random(in: 0..<6, using: &generator) {
        case 0: changed[position] ^= 1 << UInt8.random(in: 0..<8, using: &generator)
        case 1: changed[position] = interesting
        case 2: changed.insert(interesting, at: other)
        case 3: changed.remove(at: position)
        case 4: if position + 1 < changed.count { changed.swapAt(position, position + 1) }
        default: changed.insert(contentsOf: bytes[min(position, other)..<max(position, other)].prefix(12), at: other)
        }
        return changed
    }
}
