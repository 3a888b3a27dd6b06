import Foundation
import Testing
@testable import Meldcode

/// The seed documents, read line by line so citations can be checked against them: the five published school
/// meldcode protocols ``Seed`` names, read from `$LOGBOEK_SHARED/seeds` (by default a folder `shared` next to the
/// repository's folder); they are not copied into the repository. Without them these tests are skipped.
enum SeedText {
    /// The folder holding the seeds.
    static let folder: URL = {
        let shared = ProcessInfo.processInfo.environment["LOGBOEK_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? CaseFixture.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return shared.appendingPathComponent("seeds")
    }()

    /// Runs a test only where the seeds are (`tools/test` says loudly when they are not).
    static let available = ConditionTrait.enabled(
        if: FileManager.default.fileExists(atPath: folder.path), "the seed documents are not at $LOGBOEK_SHARED/seeds")

    /// The lines of a seed (line 1 first).
    static func lines(of seed: Seed) throws -> [String] {
        let text = try String(contentsOf: folder.appendingPathComponent(seed.rawValue), encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Whether a citation's quote stands in the lines it names (white space aside).
    static func quotes(_ citation: Citation) throws -> Bool {
        let lines = try lines(of: citation.seed)
        let cited = normalised(lines[(citation.firstLine - 1)...(citation.lastLine - 1)].joined(separator: "\n"))
        return cited.contains(normalised(citation.quote))
    }

    /// Text with every run of white space made one space, so a quote may cross line breaks.
    static func normalised(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
