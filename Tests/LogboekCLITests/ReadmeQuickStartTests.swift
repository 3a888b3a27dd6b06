import Foundation
import Testing

/// The README's quick start, run as written: the first `sh` block under "Using it", with the built
/// `logboek` first on the PATH, the logbook in a temporary folder instead of /srv, passphrases from the
/// environment, the text files the README names beside it, and the guided questions answered on standard input.
@Suite("README quick start")
struct ReadmeQuickStartTests {
    /// The answers to `record conversation.held --guided`: with the parents, on a day, attended by the IB'er,
    /// no one else, purpose explained, the signal presented, the reaction, and nothing more; then confirm.
    static let guidedAnswers = "2\n2026-11-24\nib.devries\n\nja\n4\nMoeder herkent de zorg.\n\n\n\n\nja\n"

    /// The quick-start block of the README.
    static func quickStart() throws -> String {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## Using it\n\n```sh\n"))
        let end = try #require(readme.range(of: "\n```\n", range: section.upperBound..<readme.endIndex))
        return String(readme[section.upperBound..<end.lowerBound])
    }

    /// The text files the quick start reads its content from, as the README describes them.
    static let textFiles = [
        "leerling.txt": "LL-4711\n", "naam.txt": "Sara de Boer\n", "reden.txt": "Zorgen over ontbijt\n", "signaal.txt": "Sara kwam zonder jas en ontbijt.\n",
    ]

    @Test("The quick start runs as written: every command exits 0, the guided conversation is recorded, verify passes")
    func quickStartRuns() throws {
        let folder = try TemporaryFolder.make()
        for (name, text) in Self.textFiles { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        let script = try Self.quickStart().replacingOccurrences(of: "/srv/logboek/klimtoren", with: folder.appendingPathComponent("klimtoren").path)
        #expect(script.contains("--as lk.bakker") && script.contains("--guided"))
        let result = try CLI.bash("set -e\ncd '\(folder.path)'\n" + script, input: Self.guidedAnswers)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("#6 gesprek met kind of ouders 2026-11-24 (ib.devries): ouders · 'Moeder herkent de zorg.'"), "\(result.stdout)")
        #expect(result.stdout.contains("OK: 9 events verified"), "\(result.stdout)")  // guided entry, case show and status each recorded a case.viewed
        #expect(result.stdout.contains("Sara de Boer") && result.stdout.contains("'Sara kwam zonder jas en ontbijt.'"), "\(result.stdout)")
    }
}
