import Foundation
import Testing

/// A case from seed 003 (Innoord: a ZBO with outside partners, a third party's information with a corrected date, a
/// threatened IB'er, help with a term, the sixth step, the case closed), entered from paper through the command line
/// alone: `tools/examples/innoord-walkthrough.sh`, run as a user would run it. What the school's staff read of it is
/// Dutch: no English word in `case show`, `status`, `findings`, `knowledge` and the guided questions.
@Suite("Innoord walk-through")
struct InnoordWalkthroughTests {
    /// English words that must not appear in what staff read (the Dutch "is", "was", "of", "in", "over", "door", "open",
    /// "acute" and "monitoring" are left out; "seq" is the record's number in every Dutch sentence; "events" is left out
    /// for the signaleringslijst's "(life events)", seed 002's own words).
    static let englishWords: Set<String> = [
        "the", "and", "to", "with", "without", "case", "cases", "event", "step", "steps", "now", "required", "pending",
        "finding", "findings", "none", "nothing", "notice", "warning", "overdue", "due", "done", "profile", "judged", "born", "checked",
        "years", "old", "status", "yes", "no", "supports", "contradicts", "neutral", "observation", "fact", "self", "third", "party",
        "child", "parents", "words", "strong", "suspicion", "structural", "safety", "professional", "threat", "help",
        "completed", "made", "running", "recorded", "corrects", "correction", "corrections", "hypotheses", "confirmed", "refuted",
        "not", "after", "before", "on", "at", "by", "for", "from", "actor", "knew", "since", "told", "read", "report", "melding-made",
        "weigh", "organise", "close", "ask", "advice", "record", "discussed", "skipped", "agreed", "times", "last",
    ]

    /// The words of a text that are English, each once; a command in backticks (`logboek knowledge`) is left out, as
    /// subcommands and flags stay as they are.
    static func english(_ text: String) -> [String] {
        let prose = text.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
        let words = prose.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init)
        return Array(Set(words.filter(englishWords.contains))).sorted()
    }

    @Test("The Innoord case records end to end from paper: every command exits 0, no findings, the log verifies")
    func walkthrough() throws {
        let script = try String(contentsOf: Repository.root.appendingPathComponent("tools/examples/innoord-walkthrough.sh"), encoding: .utf8)
        let logbook = try TemporaryFolder.make().appendingPathComponent("innoord")
        let result = try CLI.bash(script, arguments: [logbook.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Stand: gesloten · protocol innoord"), "\(result.stdout)")
        #expect(result.stdout.contains("afweging 5: ja (seq 27; neemt de plaats in van het antwoord van seq 26)"), "\(result.stdout)")
        #expect(!result.stdout.contains("afweging 5: ja (seq 26"))
        #expect(result.stdout.contains("seq 25 corrigeert seq 7: Mevr. Koster belde op 16 september, niet op 17 september. [datum van de informatie: 2026-09-17 → 2026-09-16]"))
        #expect(result.stdout.contains("De leerkracht (lk.smit) weet van signaal #7 sinds 16 september 2026: zelf vastgelegd"), "\(result.stdout)")
        #expect(result.stdout.contains("De intern begeleider (ib.vos) weet van signaal #7 sinds 16 september 2026: verteld door mevr. A. Koster"))
        #expect(result.stdout.contains("OKA (Ouder-Kind-Adviseur) weet van signaal #7 sinds 29 september 2026: aanwezig bij weging"))
        #expect(result.stdout.contains("Bevindingen (0)\n  geen"), "\(result.stdout)")
        #expect(result.stdout.contains("Geen bevindingen in 1 dossier(s)."))
        #expect(result.stdout.contains("OK: 33 events verified"), "\(result.stdout)")
        try Repository.keepForSchemaValidation(try Data(contentsOf: logbook.appendingPathComponent("log.jsonl")), prefix: "innoord")

        let environment = ["LOGBOEK_DIR": logbook.path, "LOGBOEK_PASSPHRASE": "school-geheim"]
        let evaluation = try CLI.run(["evaluate", "--case", "2026-021", "--json", "--as", "ib.vos"], environment: environment)
        #expect(evaluation.status == 0, "\(evaluation.stderr)")
        #expect(evaluation.stdout.contains(#""day":"2026-09-14","daysFromFirstSignal":0,"label":"eerste signaal""#), "\(evaluation.stdout)")
        #expect(evaluation.stdout.contains(#""afweging":5,"answer":"yes","replaces":26,"seq":27"#) || !evaluation.stdout.contains(#""afweging":5,"answer":"yes","seq":26"#))
    }

    @Test("case show, status, findings, knowledge and the guided questions hold no English word; --json keeps the slugs")
    func noEnglish() throws {
        let script = try String(contentsOf: Repository.root.appendingPathComponent("tools/examples/innoord-walkthrough.sh"), encoding: .utf8)
        let logbook = try TemporaryFolder.make().appendingPathComponent("innoord")
        #expect(try CLI.bash(script, arguments: [logbook.path]).status == 0)
        let environment = ["LOGBOEK_DIR": logbook.path, "LOGBOEK_PASSPHRASE": "school-geheim"]
        let reads: [[String]] = [
            ["case", "show", "2026-021"], ["case", "show", "2026-021", "--as-of", "18"], ["case", "show", "2026-021", "--as-of", "21", "--on", "2026-10-20"],
            ["status", "--as-of", "21", "--on", "2026-10-20"], ["findings", "--as-of", "18"], ["findings"],
            ["knowledge", "--case", "2026-021"], ["knowledge", "--case", "2026-021", "--seq", "18"], ["knowledge", "--case", "2026-021", "--person", "dir.dam"],
            ["knowledge", "--case", "2026-021", "--party", "ZBO"],
        ]
        var shown = ""
        for read in reads {
            let result = try CLI.run(read + ["--as", "ib.vos"], environment: environment)
            #expect(result.status == 0, "\(read): \(result.stderr)")
            #expect(Self.english(result.stdout).isEmpty, "\(read): \(Self.english(result.stdout))\n\(result.stdout)")
            shown += result.stdout
        }
        #expect(shown.contains("waarschuwing: Er is acute of structurele onveiligheid gewogen"), "\(shown)")
        #expect(shown.contains("TE LAAT") && shown.contains("Te doen"), "\(shown)")
        let guided = try CLI.run(
            ["record", "signal.recorded", "--case", "2026-021", "--guided", "--as", "ib.vos"], environment: environment,
            input: "Sanne huilt in de klas.\n2026-11-20\neigen woorden\nneutraal\nderde\nmevr. A. Koster\n2026-11-20\n\n\n\nnee\n")
        #expect(guided.status == 1 && guided.stderr.contains("Vastleggen?"), "\(guided.stderr)")
        #expect(guided.stderr.contains("eigen woorden — eigen woorden van het kind"), "\(guided.stderr)")
        #expect(Self.english(guided.stderr).isEmpty, "\(Self.english(guided.stderr))\n\(guided.stderr)")
        let json = try CLI.run(["case", "show", "2026-021", "--json", "--as", "ib.vos"], environment: environment)
        #expect(json.stdout.contains(#""answer":"structural""#) && json.stdout.contains(#""status":"closed""#), "\(json.stdout)")
    }
}
