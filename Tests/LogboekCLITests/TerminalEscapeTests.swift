import Foundation
import Testing

/// Nothing from a log, a file or the command line reaches the terminal as a control sequence.
@Suite("Terminal escapes")
struct TerminalEscapeTests {
    /// ESC sequences that clear the screen and retitle the window, a BEL, DEL, a C1 CSI and a right-to-left override.
    static let hostile = "Sara\u{1B}[2J\u{1B}]0;pwned\u{07}\u{7F}\u{9B}31m\u{202E}reob"

    /// Whether text holds a character a terminal would act on (other than line feed and tab).
    static func holdsControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
                || (0x202A...0x202E).contains(scalar.value)
        }
    }

    @Test("case list, case show, log and status print a child name with control characters escaped, visibly")
    func childNameEscaped() throws {
        let logbook = try CLILogbook()
        let open = ["case", "open", "2026-001", "--child-ref", "LL-1", "--child-name", Self.hostile, "--birth-date", "2017-03-14",
                    "--reason", "Zorgen."]
        try #require(try logbook.run(open, as: "ib.devries").status == 0)
        for command in [["case", "list"], ["case", "show", "2026-001"], ["log"], ["status"]] {
            let result = try logbook.run(command)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!Self.holdsControl(result.stdout), "\(command): \(result.stdout.debugDescription)")
        }
        #expect(try logbook.run(["case", "show", "2026-001"]).stdout.contains(#"Sara\u{1B}[2J"#))
    }

    @Test("log --json keeps the stored line byte for byte; a case's line holds the hostile name only sealed")
    func jsonKeepsContent() throws {
        let logbook = try CLILogbook()
        let open = ["case", "open", "2026-001", "--child-ref", "LL-1", "--child-name", Self.hostile, "--birth-date", "2017-03-14",
                    "--reason", "Zorgen."]
        try #require(try logbook.run(open, as: "ib.devries").status == 0)
        let log = try logbook.run(["log", "--json", "--from", "4"])
        #expect(log.stdout.utf8.count == (try logbook.log.split(separator: 0x0A).last?.count ?? 0) + 1)
        #expect(log.stdout.contains(#""sealed":1"#) && !log.stdout.contains("Sara") && !log.stdout.contains("\u{1B}"))
    }

    @Test("Error messages escape control characters echoed from the command line")
    func errorsEscaped() throws {
        let logbook = try CLILogbook()
        for command in [["case", "show", Self.hostile], ["record", Self.hostile], ["--\(Self.hostile)"], [Self.hostile]] {
            let result = try logbook.run(command)
            #expect(result.status != 0)
            #expect(!Self.holdsControl(result.stderr), "\(command): \(result.stderr.debugDescription)")
        }
    }
}
