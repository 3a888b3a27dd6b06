import Foundation
import Testing

/// Recording without fighting the tool: a case entered from paper, every type by flags, errors that name flags, and
/// a late-record finding a person can read.
@Suite("Recording from paper")
struct RecordingFromPaperTests {
    static let open = [
        "case", "open", "2026-001", "--child-ref", "LL-4711", "--child-name", "Sara de Boer", "--birth-date", "2017-03-14",
        "--reason", "Zorgen.",
    ]

    @Test("case open from paper needs its day; without a day it says it opens today and how to enter a case from paper")
    func openedOn() throws {
        let logbook = try CLILogbook()
        let paper = try logbook.run(Self.open + ["--recorded-from-paper", "map 2026-001"], as: "lk.bakker")
        #expect(paper.status == 2 && paper.stderr.contains("`--opened-on` ontbreekt"), "\(paper.stderr)")
        let today = try logbook.run(Self.open, as: "lk.bakker")
        #expect(today.status == 0 && today.stderr.contains("Let op: de datum van openen is vandaag"), "\(today.stderr)")
        #expect(today.stderr.contains("--opened-on en --recorded-from-paper"))
        let early = try logbook.run(
            ["record", "signal.recorded", "--case", "2026-001", "--description", "Blauwe plek.", "--observed-on", "2026-09-01",
             "--kind", "waarneming", "--stance", "neutraal", "--source-kind", "zelf", "--recorded-from-paper", "map 2026-001"], as: "lk.bakker")
        #expect(early.status == 0, "\(early.stderr)")
        #expect(early.stderr.contains("Let op: 1 september 2026 ligt vóór de opening van dossier 2026-001"), "\(early.stderr)")
        #expect(early.stderr.contains("--field opened-on"))
        let grant = try logbook.run(
            ["case", "grant", "lk.visser", "--case", "2026-001", "--reason", "Mentor.", "--recorded-from-paper", "map 2026-001"], as: "ib.devries")
        #expect(grant.status == 2 && grant.stderr.contains("`--granted-on` ontbreekt"), "\(grant.stderr)")
        let granted = try logbook.run(
            ["case", "grant", "lk.visser", "--case", "2026-001", "--reason", "Mentor.", "--granted-on", "2026-09-02", "--recorded-from-paper", "map 2026-001"],
            as: "ib.devries")
        #expect(granted.status == 0, "\(granted.stderr)")
        let log = try logbook.openedLog()
        #expect(log.stdout.contains(#""grantedOn":"2026-09-02""#) && log.stdout.contains(#""recordedFromPaper":"map 2026-001""#), "\(log.stdout)")
        #expect(log.stdout.contains(#""stance":"neutral""#))
    }

    @Test("A missing or wrong member is named by its flag, in Dutch, with the type's help (not 'heldOn' and `logboek schema TYPE`)")
    func errorsNameFlags() throws {
        let logbook = try CLILogbook()
        #expect(try logbook.run(MeldcodeCommandTests.openCase, as: "lk.bakker").status == 0)
        let missing = try logbook.run(["record", "melding.discussed", "--case", "2026-001", "--with", "ouders", "--discussed", "ja"], as: "ib.devries")
        #expect(missing.status == 2, "\(missing.stderr)")
        #expect(missing.stderr.contains("`--held-on` ontbreekt (datum, bij voorgenomen melding besproken)"), "\(missing.stderr)")
        #expect(missing.stderr.contains("Zie `logboek record melding.discussed --help`."), "\(missing.stderr)")
        let condition = try logbook.run(
            ["record", "melding.discussed", "--case", "2026-001", "--with", "ouders", "--discussed", "ja", "--held-on", "2026-11-20"], as: "ib.devries")
        #expect(condition.status == 2 && condition.stderr.contains("`--reaction` ontbreekt"), "\(condition.stderr)")
        let wrongChoice = try logbook.run(MeldcodeCommandTests.signalFlags.map { $0 == "supports" ? "misschien" : $0 }, as: "lk.bakker")
        #expect(wrongChoice.status == 2 && wrongChoice.stderr.contains("`--stance` neemt een van: bevestigt (supports), ontkracht (contradicts), neutraal (neutral)"), "\(wrongChoice.stderr)")
        let future = try logbook.run(MeldcodeCommandTests.signalFlags.map { $0 == "2026-11-20" ? "2099-01-01" : $0 }, as: "lk.bakker")
        #expect(future.status == 1 && future.stderr.contains("`--observed-on` is 2099-01-01"), "\(future.stderr)")
        #expect(!future.stderr.contains("'observedOn'") && !missing.stderr.contains("schema TYPE"))
    }

    @Test("information.shared takes its recipients by flags: actors, and outside parties by role or Dutch name with a name")
    func recipientsByFlags() throws {
        let logbook = try CLILogbook()
        #expect(try logbook.run(MeldcodeCommandTests.openCase, as: "lk.bakker").status == 0)
        let shared = try logbook.run(
            ["record", "information.shared", "--case", "2026-001", "--shared-by", "ib.devries", "--recipient-actor", "dir.jansen",
             "--recipient-party", "ZBO=ZBO De Klimtoren", "--recipient-party", "okt", "--recipient-party", "anders=mevr. A. Koster, buurvrouw",
             "--shared-on", "2026-11-20", "--means", "overleg", "--about", "De zorgen."], as: "ib.devries")
        #expect(shared.status == 0, "\(shared.stderr)")
        let log = try logbook.openedLog()
        #expect(log.stdout.contains(#"{"actor":"dir.jansen","kind":"actor"}"#), "\(log.stdout)")
        #expect(log.stdout.contains(#"{"kind":"outside","name":"ZBO De Klimtoren","party":"zbo"}"#))
        #expect(log.stdout.contains(#"{"kind":"outside","party":"okt"}"#))
        #expect(log.stdout.contains(#"{"kind":"outside","name":"mevr. A. Koster, buurvrouw","party":"anders"}"#))
        let none = try logbook.run(
            ["record", "information.shared", "--case", "2026-001", "--shared-by", "ib.devries", "--shared-on", "2026-11-20", "--means", "overleg",
             "--about", "De zorgen."], as: "ib.devries")
        #expect(none.status == 2 && none.stderr.contains("`--recipient-actor` of `--recipient-party` ontbreekt"), "\(none.stderr)")
        let unknown = try logbook.run(
            ["record", "information.shared", "--case", "2026-001", "--shared-by", "ib.devries", "--recipient-party", "buurman", "--shared-on", "2026-11-20",
             "--means", "overleg", "--about", "De zorgen."], as: "ib.devries")
        #expect(unknown.status == 2 && unknown.stderr.contains("`--recipient-party` neemt een van:"), "\(unknown.stderr)")
        let checklist = try logbook.run(
            ["record", "checklist.completed", "--case", "2026-001", "--completed-on", "2026-11-20", "--answer", "opvoeding-3=ja", "--answer", "gezondheid-4=nee"],
            as: "ib.devries")
        #expect(checklist.status == 0, "\(checklist.stderr)")
        #expect(try logbook.openedLog().stdout.contains(#""answers":[{"answer":"yes","item":"opvoeding-3"},{"answer":"no","item":"gezondheid-4"}]"#))
    }

    @Test("late-record lists each late record on its own line, with the day it was made and the day it was known")
    func lateRecordsOnePerLine() throws {
        let logbook = try CLILogbook()
        #expect(try logbook.run(Self.open + ["--opened-on", "2026-09-01"], as: "lk.bakker").status == 0)
        for (day, told) in [("2026-09-01", "2026-09-01"), ("2026-09-02", "2026-09-08")] {
            let signal = try logbook.run(
                ["record", "signal.recorded", "--case", "2026-001", "--description", "Gehoord.", "--observed-on", day, "--kind", "feit",
                 "--stance", "bevestigt", "--source-kind", "derde", "--source-party", "buurvrouw", "--source-date", told], as: "lk.bakker")
            #expect(signal.status == 0, "\(signal.stderr)")
        }
        let findings = try logbook.run(["findings", "--case", "2026-001"], as: "ib.devries")
        #expect(findings.status == 0, "\(findings.stderr)")
        let lines = findings.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("  waarschuwing: Iets is later vastgelegd dan het protocol toestaat.") || $0.hasPrefix("  opmerking: Iets is later") }, "\(findings.stdout)")
        #expect(lines.contains { $0.hasPrefix("      #5 signaal vastgelegd: vastgelegd op ") && $0.contains("bekend sinds 1 september 2026") }, "\(findings.stdout)")
        #expect(lines.contains { $0.hasPrefix("      #6 signaal vastgelegd: vastgelegd op ") && $0.contains("bekend sinds 8 september 2026") }, "\(findings.stdout)")
    }
}

/// Every case event type can be recorded by flags alone: each member of its schema has a flag in `record TYPE --help`
/// (a nested member as `--parent-member`, the recipients of information.shared and the answers of checklist.completed
/// by their own flags).
@Suite("Every type by flags")
struct EveryTypeByFlagsTests {
    static let compound = ["recipients": ["--recipient-actor", "--recipient-party"], "answers": ["--answer"]]
    /// Lists of objects with no flag of their own: entered with --guided or --payload (the people of a household, a
    /// support network), or written by the command that makes them (a report's release decisions).
    static let withoutFlags: Set<String> = ["people", "supportNetwork", "decisions"]

    static var caseTypes: [String] {
        let folder = Repository.root.appendingPathComponent("Schemas/events")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".schema.json") }.map { String($0.dropLast(".schema.json".count)) }
            .filter { !["case.erased", "case.keys_recovered", "profile.adopted", "case.access_granted", "case.access_withdrawn"].contains($0) }
            .filter { !$0.hasPrefix("actor.") && !$0.hasPrefix("logbook.") }.sorted()
    }

    @Test("record TYPE --help has a flag for every member of the type's schema", arguments: caseTypes)
    func flagForEveryMember(type: String) throws {
        let file = Repository.root.appendingPathComponent("Schemas/events/\(type).schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: Any])
        let help = try CLI.run(["record", type, "--help"])
        #expect(help.status == 0, "\(help.stderr)")
        for (name, value) in properties where name != "salt" && !Self.withoutFlags.contains(name) {
            if let flags = Self.compound[name] {
                for flag in flags { #expect(help.stdout.contains(flag + " "), "\(type).\(name): \(flag)") }
                continue
            }
            let kebab = name.reduce(into: "") { $0 += $1.isUppercase ? "-" + $1.lowercased() : String($1) }
            if let nested = (value as? [String: Any])?["properties"] as? [String: Any] {
                for member in nested.keys {
                    let inner = member.reduce(into: "") { $0 += $1.isUppercase ? "-" + $1.lowercased() : String($1) }
                    #expect(help.stdout.contains("--\(kebab)-\(inner) "), "\(type).\(name).\(member)")
                }
            } else {
                #expect(help.stdout.contains("--\(kebab) ") || help.stdout.contains("--\(kebab)-text ") || help.stdout.contains("--\(kebab)-seq "), "\(type).\(name)")
            }
        }
    }
}
