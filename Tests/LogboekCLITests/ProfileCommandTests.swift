import Foundation
import Testing

/// `profile list`, `profile show` and `profile adopt` end to end; refusals leave the log byte-identical.
@Suite("Profile commands")
struct ProfileCommandTests {
    static let builtIns = ["basismodel", "pro8", "klimtoren", "innoord", "zorgteam"]

    static func objects(_ result: CLIResult) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    static func inForce(_ logbook: CLILogbook) throws -> [String] {
        let list = try logbook.run(["profile", "list", "--json"])
        #expect(list.status == 0, "\(list.stderr)")
        return try objects(list).filter { $0["inForce"] as? Bool == true }.compactMap { $0["name"] as? String }
    }

    @Test("Without a logbook, list shows the five built-ins and marks none")
    func listWithoutLogbook() throws {
        let empty = try TemporaryFolder.make()
        let result = try CLI.run(["profile", "list", "--json"], environment: ["LOGBOEK_DIR": empty.path])
        #expect(result.status == 0, "\(result.stderr)")
        let entries = try Self.objects(result)
        #expect(entries.compactMap { $0["name"] as? String } == Self.builtIns)
        #expect(entries.allSatisfy { $0["inForce"] as? Bool == false && $0["builtIn"] as? Bool == true })
    }

    @Test("In a logbook that adopted nothing, the basismodel is in force")
    func basismodelByDefault() throws {
        let logbook = try CLILogbook()
        #expect(try Self.inForce(logbook) == ["basismodel"])
        let text = try logbook.run(["profile", "list"])
        #expect(text.stdout.contains("* basismodel"))
    }

    @Test("Show prints each rule with its seed citations, and its JSON reads back as the same profile")
    func show() throws {
        let logbook = try CLILogbook()
        let text = try logbook.run(["profile", "show", "klimtoren"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("decision: The melding is decided by directeur"))
        #expect(text.stdout.contains("002_98403fc803802b4b.txt lines 153-153"))
        #expect(text.stdout.contains("dit gesprek wordt altijd gevoerd met de lb'er of directeur erbij"))
        let json = try logbook.run(["profile", "show", "klimtoren", "--json"])
        let file = try TemporaryFolder.make().appendingPathComponent("klimtoren.json")
        try Data(json.stdout.utf8).write(to: file)
        let again = try logbook.run(["profile", "show", file.path, "--json"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == json.stdout)
    }

    @Test("Show refuses an unknown name and a bad profile file with exit 1, and a missing file with exit 3")
    func showRefusals() throws {
        let logbook = try CLILogbook()
        let unknown = try logbook.run(["profile", "show", "atlantis"])
        #expect(unknown.status == 1 && unknown.stderr.contains("(profile-unknown)"))
        let bad = try Self.profileFile(replacing: #""version":1"#, with: #""version":1,"kleur":"blauw""#, in: logbook)
        let badResult = try logbook.run(["profile", "show", bad.path])
        #expect(badResult.status == 1 && badResult.stderr.contains("(profile-unknown-member)"), "\(badResult.stderr)")
        let missing = try logbook.run(["profile", "show", "geen/profiel.json"])
        #expect(missing.status == 3, "\(missing.stderr)")
    }

    @Test("An administrator adopts a built-in profile: it is in force, the log verifies and the event matches its schema")
    func adoptBuiltIn() throws {
        let logbook = try CLILogbook()
        let result = try logbook.run(["profile", "adopt", "klimtoren", "--reason", "vastgesteld 19 juni 2023", "--json"], as: "dir.jansen")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"seq\":4"))
        #expect(try Self.inForce(logbook) == ["klimtoren"])
        #expect(try logbook.run(["verify"]).status == 0)
        try logbook.keepForSchemaValidation()
    }

    @Test("An administrator adopts a profile from a file; list shows it in force beside the built-ins")
    func adoptFile() throws {
        let logbook = try CLILogbook()
        let file = try Self.profileFile(replacing: #""name":"pro8""#, with: #""name":"eigen""#, in: logbook, profile: "pro8")
        let result = try logbook.run(["profile", "adopt", file.path], as: "dir.jansen")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.inForce(logbook) == ["eigen"])
        let entries = try Self.objects(try logbook.run(["profile", "list", "--json"]))
        #expect(entries.last?["builtIn"] as? Bool == false)
        try logbook.keepForSchemaValidation()
    }

    @Test(
        "Refused adoptions exit 1, say why, and leave log.jsonl byte-identical",
        arguments: [
            (["profile", "adopt", "klimtoren"], "lk.bakker", "(profile-adoption-not-administrator)"),
            (["profile", "adopt", "klimtoren"], "ib.devries", "(profile-adoption-not-administrator)"),
            (["profile", "adopt", "atlantis"], "dir.jansen", "(profile-unknown)"),
            (["profile", "adopt", "klimtoren", "--reason", " "], "dir.jansen", "(invalid-input)"),
        ])
    func adoptRefusals(arguments: [String], actor: String, expected: String) throws {
        let logbook = try CLILogbook()
        let before = try logbook.log
        let result = try logbook.run(arguments, as: actor)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("error: ") && result.stderr.contains(expected), "\(result.stderr)")
        #expect(try logbook.log == before)
    }

    @Test("A raw append of profile.adopted is checked like profile adopt: a teacher is refused, an administrator is not")
    func rawAppendOfAdoption() throws {
        let logbook = try CLILogbook()
        let shown = try logbook.run(["profile", "show", "klimtoren", "--json"])
        let payload = #"{"profile":"# + shown.stdout.trimmingCharacters(in: .whitespacesAndNewlines) + "}"
        let append = ["append", "--type", "profile.adopted", "--stream", "logbook", "--payload", "-"]
        let before = try logbook.log
        let refused = try logbook.run(append, as: "lk.bakker", input: payload)
        #expect(refused.status == 1 && refused.stderr.contains("(profile-adoption-not-administrator)"), "\(refused.stderr)")
        #expect(try logbook.log == before)
        let accepted = try logbook.run(append, as: "dir.jansen", input: payload)
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(try Self.inForce(logbook) == ["klimtoren"])
    }

    @Test("A profile file with an unknown role is refused before anything is written")
    func adoptBadFile() throws {
        let logbook = try CLILogbook()
        let bad = try Self.profileFile(replacing: #""deciders":["directeur"]"#, with: #""deciders":["conciërge"]"#, in: logbook)
        let before = try logbook.log
        let result = try logbook.run(["profile", "adopt", bad.path], as: "dir.jansen")
        #expect(result.status == 1 && result.stderr.contains("(profile-unknown-role)"), "\(result.stderr)")
        #expect(try logbook.log == before)
    }

    @Test("Every profile command has help", arguments: ["list", "show", "adopt"])
    func help(command: String) throws {
        let result = try CLI.run(["profile", command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("profile \(command)"))
    }

    /// A built-in profile's JSON with one piece of text replaced, written to a file.
    static func profileFile(replacing old: String, with new: String, in logbook: CLILogbook, profile: String = "klimtoren") throws -> URL {
        let json = try logbook.run(["profile", "show", profile, "--json"]).stdout
        #expect(json.contains(old))
        let file = try TemporaryFolder.make().appendingPathComponent("profiel.json")
        try Data(json.replacingOccurrences(of: old, with: new).utf8).write(to: file)
        return file
    }

    @Test("profile show marks each rule as from the seeds or the school's own choice, and shows 004's route after doubt (issue 15)")
    func ruleOrigins() throws {
        let shown = try CLI.run(["profile", "show", "zorgteam"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let lines = shown.stdout.split(separator: "\n").map(String.init)
        let term = try #require(lines.firstIndex { $0.hasPrefix("recording term:") })
        #expect(lines[term + 1] == "  the school's own choice: no seed line sets it")
        let doubt = try #require(lines.firstIndex { $0.hasPrefix("doubt:") })
        #expect(lines[doubt].contains("ask Veilig Thuis for (renewed) advice") && lines[doubt + 1] == "  from the seeds:")
        #expect(lines[doubt + 2].contains("004_cf2a82df8bb67966.txt lines 136-136"))
    }
}
