import Foundation
@testable import Meldcode

/// The seed documents, copied beside the tests, read line by line so citations can be checked against them.
enum SeedText {
    /// The folder holding the copies.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Seeds")

    /// The lines of a seed (line 1 first).
    static func lines(of seed: Seed) throws -> [String] {
        let text = try String(contentsOf: folder.appendingPathComponent(seed.rawValue), encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Text with every run of white space made one space, so a quote may cross line breaks.
    static func normalised(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
