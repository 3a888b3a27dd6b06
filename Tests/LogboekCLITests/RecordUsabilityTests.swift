import Foundation
import Testing

/// What got in the way of recording a real case through the command line, each as a user meets it.
@Suite("Recording without fighting the tool")
struct RecordUsabilityTests {
    @Test("Global options work before the command words too, as in git", arguments: [
        ["--logbook", "DIR", "verify"], ["--logbook=DIR", "verify"], ["--json", "--logbook", "DIR", "verify"],
        ["--logbook", "DIR", "actor", "list"], ["verify", "--logbook", "DIR"],
    ])
    func globalOptionsFirst(arguments: [String]) throws {
        let logbook = try CLILogbook()
        let words = arguments.map { $0.replacingOccurrences(of: "DIR", with: logbook.directory.path) }
        let result = try CLI.run(words)
        #expect(result.status == 0, "\(words): \(result.stderr)")
        if words.contains("--json") { #expect(result.stdout.hasPrefix(#"{"events":"#)) }
    }

    @Test("--help before the command shows that command's help")
    func helpFirst() throws {
        let result = try CLI.run(["--help", "record", "help.organised"])
        #expect(result.status == 0 && result.stdout.contains("--help-text TEXT"), "\(result.stderr)")
    }

    @Test("An unknown option before the command is still an unknown command (exit 2)")
    func unknownLeadingOption() throws {
        let result = try CLI.run(["--bogus", "verify"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown command '--bogus'"))
    }

    @Test("--help always shows help, also for types with a field named help", arguments: [
        "help.organised", "help.evaluated", "followup.recorded", "signal.recorded",
    ])
    func helpWins(type: String) throws {
        let result = try CLI.run(["record", type, "--help"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Usage: logboek record"))
        #expect(result.stdout.contains("a list of names or text is never split: repeat the flag for each"))
    }

    @Test("A field named help takes --help-text or --help-seq")
    func helpFieldFlag() throws {
        let organised = try CLI.run(["record", "help.organised", "--help"])
        #expect(organised.stdout.contains("--help-text TEXT"))
        let evaluated = try CLI.run(["record", "help.evaluated", "--help"])
        #expect(evaluated.stdout.contains("--help-seq SEQ"))
    }

    @Test("A list of names or text is never split on commas (one flag per element); a list of closed values is")
    func textListsNeverSplit() throws {
        let logbook = try CLILogbook()
        #expect(try logbook.run(MeldcodeCommandTests.openCase, as: "lk.bakker").status == 0)
        let result = try logbook.run(
            ["record", "consultation.held", "--case", "2026-001", "--kind", "collega", "--held-on", "2026-11-20",
             "--anonymous", "nee", "--advice", "Observeren.", "--outside-participants", "mevr. A. Koster, buurvrouw",
             "--outside-participants", "jeugdarts", "--participants", "ib.devries,lk.bakker"],
            as: "ib.devries")
        #expect(result.status == 0, "\(result.stderr)")
        let log = try logbook.openedLog()
        #expect(log.stdout.contains(#""outsideParticipants":["mevr. A. Koster, buurvrouw","jeugdarts"]"#), "\(log.stdout)")
        #expect(log.stdout.contains(#""participants":["ib.devries","lk.bakker"]"#), "\(log.stdout)")
        #expect(log.stdout.contains(#""kind":"colleague""#), "\(log.stdout)")
    }

    @Test("Recording as an actor who was never enrolled says to enrol them with actor add, not to rotate a key")
    func unknownActorAdvice() throws {
        let logbook = try CLILogbook()
        let unknown = try CLI.run(
            ["record", "note.recorded", "--case", "2026-001", "--text", "x", "--contact-on", "2026-11-20", "--as", "lk.nieuw", "--logbook", logbook.directory.path],
            environment: ["LOGBOEK_PASSPHRASE": "whatever-1"])
        #expect(unknown.status == 1, "\(unknown.stderr)")
        #expect(unknown.stderr.contains("logboek actor add lk.nieuw"))
        #expect(!unknown.stderr.contains("actor rotate"))
    }

    @Test("The mentor is enrolled as an actor; actor add --help says who is an outside party instead")
    func mentorEnrolled() throws {
        let logbook = try CLILogbook()
        let added = try CLI.run(
            ["actor", "add", "mt.smit", "--name", "J. Smit", "--role", "mentor", "--as", "dir.jansen", "--logbook", logbook.directory.path],
            environment: ["LOGBOEK_PASSPHRASE": "directeur-geheim", "LOGBOEK_NEW_PASSPHRASE": "mentor-geheim"])
        #expect(added.status == 0, "\(added.stderr)")
        let help = try CLI.run(["actor", "add", "--help"])
        #expect(help.stdout.contains("mentor"))
        #expect(help.stdout.contains("buurtcoach"))
    }

    @Test("record echoes every event a payload refers to, one line each, before it writes")
    func referencesEchoed() throws {
        let logbook = try CLILogbook()
        #expect(try logbook.run(MeldcodeCommandTests.openCase, as: "lk.bakker").status == 0)
        #expect(try logbook.run(MeldcodeCommandTests.signalFlags, as: "lk.bakker").status == 0)
        let hypothesis = try logbook.run(
            ["record", "hypothesis.recorded", "--case", "2026-001", "--statement", "Sara wordt thuis gestraft.", "--signals", "5", "--formed-on", "2026-11-20"], as: "lk.bakker")
        #expect(hypothesis.status == 0, "\(hypothesis.stderr)")
        #expect(hypothesis.stderr.contains("Verwijst naar:\n  signals[0] → #5 signaal vastgelegd 2026-11-20 (lk.bakker): 'Blauwe plek op de onderarm.'"), "\(hypothesis.stderr)")
    }

    @Test("record --guided offers the case's events of the types a reference field allows")
    func guidedOffersReferences() throws {
        let logbook = try CLILogbook()
        #expect(try logbook.run(MeldcodeCommandTests.openCase, as: "lk.bakker").status == 0)
        #expect(try logbook.run(MeldcodeCommandTests.signalFlags, as: "lk.bakker").status == 0)
        let result = try logbook.run(
            ["record", "hypothesis.recorded", "--case", "2026-001", "--guided"], as: "lk.bakker", input: "Sara wordt thuis gestraft.\n5\n2026-11-20\n\nja\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Kies uit dit dossier:\n  #5 signaal vastgelegd 2026-11-20 (lk.bakker)"), "\(result.stderr)")
        #expect(!result.stderr.contains("#4 dossier geopend"))
    }

    @Test("record --guided puts its read on the record before it shows the case's events, also when it is given up")
    func guidedRecordsItsRead() throws {
        let logbook = try CLILogbook()
        #expect(try logbook.run(MeldcodeCommandTests.openCase, as: "lk.bakker").status == 0)
        #expect(try logbook.run(MeldcodeCommandTests.signalFlags, as: "lk.bakker").status == 0)
        let before = String(decoding: try logbook.log, as: UTF8.self).split(separator: "\n").count
        let abandoned = try logbook.run(["record", "hypothesis.recorded", "--case", "2026-001", "--guided"], as: "lk.bakker", input: "Sara wordt thuis gestraft.\n")
        #expect(abandoned.status != 0)
        #expect(abandoned.stderr.contains("#5 signaal vastgelegd"), "\(abandoned.stderr)")
        let added = String(decoding: try logbook.log, as: UTF8.self).split(separator: "\n").dropFirst(before)
        #expect(added.count == 1 && added.allSatisfy { $0.contains("\"type\":\"case.viewed\"") && $0.contains("\"author\":\"lk.bakker\"") }, "\(added)")
    }

    @Test("case show lists each event with its seq, Dutch name, day, author and a summary")
    func caseShowEvents() throws {
        let logbook = try CLILogbook()
        #expect(try logbook.run(MeldcodeCommandTests.openCase, as: "lk.bakker").status == 0)
        #expect(try logbook.run(MeldcodeCommandTests.signalFlags, as: "lk.bakker").status == 0)
        let shown = try logbook.run(["case", "show", "2026-001"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Vastleggingen\n  #4 dossier geopend 2026-11-20 (lk.bakker): 'Herhaalde blauwe plekken.'\n  #5 signaal vastgelegd 2026-11-20 (lk.bakker)"), "\(shown.stdout)")
    }

    @Test("record consultation.held --help lists the consultation kinds, outside parties among them")
    func consultationKindsInHelp() throws {
        let help = try CLI.run(["record", "consultation.held", "--help"])
        #expect(help.stdout.contains("One of: colleague (collega), intern-begeleider (IB'er), aandachtsfunctionaris, jgz (JGZ), buurtcoach-jeugdconsulent"))
        #expect(help.stdout.contains("zbo (ZBO), okt (OKT), smw (SMW), wijkteam"), "\(help.stdout)")
    }
}
