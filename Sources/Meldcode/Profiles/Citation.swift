import Ledger

/// Where a rule comes from: a seed file, a range of its lines (1-based, inclusive) and a short Dutch quote
/// from those lines.
public struct Citation: Sendable, Equatable, Hashable {
    /// The most lines one citation may span; a rule should point at its sentence, not at a chapter.
    public static let maximumSpan = 40

    /// The seed file quoted.
    public let seed: Seed
    /// The first line quoted.
    public let firstLine: Int
    /// The last line quoted (at least ``firstLine``).
    public let lastLine: Int
    /// A short quote, in Dutch, from those lines.
    public let quote: String

    /// Creates a citation without checking it (built-in profiles; ``init(json:path:)`` checks).
    init(_ seed: Seed, _ firstLine: Int, _ lastLine: Int, _ quote: String) {
        self.seed = seed
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.quote = quote
    }

    /// The line range as written in a profile, e.g. `153-153`.
    public var lines: String { "\(firstLine)-\(lastLine)" }

    /// The citation as the JSON object a profile carries.
    public var json: JSONValue {
        .object(["seed": .string(seed.rawValue), "lines": .string(lines), "quote": .string(quote)])
    }

    /// Reads a citation strictly.
    /// - Parameters:
    ///   - json: The citation object.
    ///   - path: Where it sits in the profile, for messages.
    /// - Throws: ``ProfileError`` for a missing or unknown member, an unknown seed, a bad line range or an empty quote.
    init(json: JSONValue, path: String) throws(ProfileError) {
        var reader = try ProfileReader(json, path: path)
        let file = try reader.string("seed")
        guard let seed = Seed(rawValue: file) else {
            throw .badCitation(path: path, reason: "'\(file)' is not a seed file (\(Seed.fileNameList))")
        }
        let (first, last) = try Self.range(try reader.string("lines"), in: seed, path: path)
        guard let quote = try reader.member("quote").stringValue else { throw .wrongType(path: reader.path(of: "quote"), expected: "a string") }
        guard !quote.allSatisfy(\.isWhitespace) else { throw .badCitation(path: path, reason: "the quote is empty") }
        try reader.finish()
        self.init(seed, first, last, quote)
    }

    private static func range(_ text: String, in seed: Seed, path: String) throws(ProfileError) -> (Int, Int) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) && $0.first != "0" }),
              let first = Int(parts[0]), let last = Int(parts[1])
        else { throw .badCitation(path: path, reason: "'\(text)' is not a line range FROM-TO (e.g. 153-154)") }
        guard first <= last else { throw .badCitation(path: path, reason: "the range \(text) ends before it starts") }
        guard last <= seed.lineCount else {
            throw .badCitation(path: path, reason: "\(seed.rawValue) has \(seed.lineCount) lines; \(text) lies beyond them")
        }
        guard last - first < maximumSpan else {
            throw .badCitation(path: path, reason: "the range \(text) spans more than \(maximumSpan) lines")
        }
        return (first, last)
    }
}
