import Foundation
import Sodium
import Testing

/// `case open`, `record`, `schema` and the meldcode checks `append` shares with `record`, end to end.
@Suite("Meldcode commands")
struct MeldcodeCommandTests {
    static let openCase = [
        "case", "open", "2026-001", "--child-ref", "LL-4711", "--child-name", "Sara de Boer", "--birth-date", "2017-03-14",
        "--group", "groep 5", "--reason", "Herhaalde blauwe plekken.", "--opened-on", "2026-11-20",
    ]

    static let signalFlags = [
        "record", "signal.recorded", "--case", "2026-001", "--description", "Blauwe plek op de onderarm.", "--observed-on", "2026-11-20",
        "--kind", "observation", "--stance", "supports", "--source-kind", "self", "--checklist-item", "gezondheid-4",
    ]

    private func digest(_ logbook: CLILogbook) throws -> [UInt8] { SHA256.hash([UInt8](try logbook.log)) }

    @Test("case open records case.opened in stream case/ID; opening it again is refused (seed 003 line 125)")
    func caseOpen() throws {
        let logbook = try CLILogbook()
        let opened = try logbook.run(Self.openCase + ["--json"], as: "ib.devries")
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(opened.stdout.contains(#""seq":4"#) && opened.stdout.contains(#""stream":"case/2026-001""#))
        let before = try digest(logbook)
        let again = try logbook.run(Self.openCase, as: "ib.devries")
        #expect(again.status == 1)
        #expect(again.stderr.contains("(case-already-open)") && again.stderr.contains("Rule from 003_28de57f78ee7190f.txt"))
        #expect(try digest(logbook) == before)
        let badID = try logbook.run(["case", "open", "2026/1"] + Self.openCase.dropFirst(3), as: "ib.devries")
        #expect(badID.status == 1)
        #expect(badID.stderr.contains("(invalid-input)"))
        try logbook.keepForSchemaValidation()
    }

    @Test("record takes type-specific flags, nested members as --parent-member, seqs comma-separated (seed 002 stap 1)")
    func recordWithFlags() throws {
        let logbook = try CLILogbook()
        #expect(try logbook.run(Self.openCase, as: "lk.bakker").status == 0)
        let signal = try logbook.run(Self.signalFlags, as: "lk.bakker")
        #expect(signal.status == 0, "\(signal.stderr)")
        #expect(signal.stdout.hasPrefix("Vastgelegd als seq 5 (signaal vastgelegd) in case/2026-001"))
        let hypothesis = try logbook.run(
            ["record", "hypothesis.recorded", "--case", "2026-001", "--statement", "Sara wordt thuis gestraft.", "--signals", "5", "--formed-on", "2026-09-10"], as: "lk.bakker")
        #expect(hypothesis.status == 0, "\(hypothesis.stderr)")
        let log = try logbook.openedLog()
        #expect(log.stdout.contains(#""source":{"kind":"self"}"#))
        #expect(log.stdout.contains(#""signals":[5]"#))
        try logbook.keepForSchemaValidation()
    }

    @Test("record takes a whole payload with --payload - (seed 000 lines 306-314)")
    func recordWithPayload() throws {
        let logbook = try CLILogbook()
        #expect(try logbook.run(Self.openCase, as: "lk.bakker").status == 0)
        let skipped = try logbook.run(
            ["record", "conversation.skipped", "--case", "2026-001", "--payload", "-"], as: "ib.devries",
            input: #"{"with":"parents","reason":"safety-child","explanation":"Sara is bang voor de reactie van vader.","skippedOn":"2026-09-15"}"#)
        #expect(skipped.status == 0, "\(skipped.stderr)")
        try logbook.keepForSchemaValidation()
    }

    @Test(
        "A refused record exits 1, names the rule's seed and leaves log.jsonl byte-identical (seeds 002 line 74, 002 line 75, 001 line 300)",
        arguments: [
            ("diagnosis.recorded",
             #"{"diagnosis":"ADHD","madeBy":"S. Bakker","profession":"leerkracht","organisation":"De Klimtoren","madeOn":"2026-11-01","sourceDocument":"eigen observatie"}"#,
             "diagnosis-unqualified"),
            ("signal.recorded",
             #"{"description":"x","observedOn":"2026-11-01","kind":"fact","stance":"supports","source":{"kind":"third-party","party":"buurvrouw"}}"#,
             "source-missing"),
            ("melding.made",
             #"{"veiligThuis":"VT","madeBy":"dir.jansen","madeOn":"2026-11-01","anonymous":true,"facts":[4],"schoolContinues":"x"}"#,
             "anonymity-reason-missing"),
            ("note.recorded", #"{"text":"x","extra":1}"#, "invalid-payload"),
        ])
    func refusedRecord(type: String, payload: String, code: String) throws {
        let logbook = try CLILogbook()
        #expect(try logbook.run(Self.openCase, as: "lk.bakker").status == 0)
        let before = try digest(logbook)
        let result = try logbook.run(["record", type, "--case", "2026-001", "--payload", "-"], as: "ib.devries", input: payload)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("error: ") && result.stderr.contains("(\(code))"))
        #expect(result.stderr.contains("Rule from 00") == (code != "invalid-payload"), "\(result.stderr)")
        #expect(try digest(logbook) == before)
    }

    @Test("Usage mistakes exit 2 and write nothing: unknown type, a bad value, two payload sources")
    func usage() throws {
        let logbook = try CLILogbook()
        #expect(try logbook.run(Self.openCase, as: "lk.bakker").status == 0)
        let before = try digest(logbook)
        for arguments in [
            ["record", "signal.noted", "--case", "2026-001"],
            ["record", "hypothesis.recorded", "--case", "2026-001", "--statement", "x", "--signals", "vijf"],
            ["record", "note.recorded", "--case", "2026-001", "--text", "x", "--payload", "-"],
            ["record", "note.recorded", "--case", "2026-001", "--colour", "blue"],
        ] {
            let result = try logbook.run(arguments, as: "ib.devries", input: #"{"text":"x","contactOn":"2026-11-20"}"#)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
        }
        #expect(try digest(logbook) == before)
    }

    @Test("append checks meldcode types exactly like record, and leaves other types alone (issue 4)")
    func appendValidates() throws {
        let logbook = try CLILogbook()
        let before = try digest(logbook)
        let unopened = try logbook.run(
            ["append", "--type", "note.recorded", "--stream", "case/2026-001", "--payload", "-"], as: "lk.bakker", input: #"{"text":"x","contactOn":"2026-11-20"}"#)
        #expect(unopened.status == 1 && unopened.stderr.contains("(case-not-found)"))
        #expect(try digest(logbook) == before)
        #expect(try logbook.run(Self.openCase, as: "lk.bakker").status == 0)
        let unsourced = try logbook.run(
            ["append", "--type", "signal.recorded", "--stream", "case/2026-001", "--payload", "-"], as: "lk.bakker",
            input: #"{"description":"x","observedOn":"2026-11-01","kind":"fact","stance":"supports","source":{"kind":"third-party"}}"#)
        #expect(unsourced.status == 1 && unsourced.stderr.contains("(source-missing)"))
        let memo = try logbook.run(
            ["append", "--type", "memo.noted", "--stream", "notes/2026-999", "--payload", "-"], as: "lk.bakker", input: #"{"anything":1}"#)
        #expect(memo.status == 0, "\(memo.stderr)")
    }

    @Test("Raw append cannot bypass the meldcode: no unknown type in a case stream, open or not, and only administrators write to stream logbook (issue 14)")
    func appendCannotBypass() throws {
        let logbook = try CLILogbook()
        #expect(try logbook.run(Self.openCase, as: "lk.bakker").status == 0)
        #expect(try logbook.run(["record", "case.closed", "--case", "2026-001", "--reason", "no-concern", "--explanation", "Geen zorg.", "--closed-on", "2026-11-20"], as: "ib.devries").status == 0)
        let before = try digest(logbook)
        for (arguments, actor, code) in [
            (["append", "--type", "custom.thing", "--stream", "case/2026-001"], "lk.bakker", "unknown-type"),
            (["append", "--type", "custom.thing", "--stream", "case/2026-777"], "lk.bakker", "unknown-type"),
            (["append", "--type", "custom.thing", "--stream", "case/2026-001/deeper"], "dir.jansen", "unknown-type"),
            (["append", "--type", "note.recorded", "--stream", "case/2026-001", "--payload", "-"], "lk.bakker", "case-not-open"),
            (["append", "--type", "memo.noted", "--stream", "logbook"], "lk.bakker", "not-authorised"),
        ] {
            let result = try logbook.run(arguments, as: actor, input: #"{"text":"x","contactOn":"2026-11-20"}"#)
            #expect(result.status == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("(\(code))"), "\(arguments): \(result.stderr)")
        }
        #expect(try digest(logbook) == before)
        #expect(try logbook.run(["append", "--type", "memo.noted", "--stream", "logbook"], as: "dir.jansen").status == 0)
    }

    @Test("append --batch of the fixture case records every meldcode type; a bad line refuses the whole batch")
    func appendBatch() throws {
        let fixture = try String(contentsOf: Repository.root.appendingPathComponent("Tests/Fixtures/meldcode-case.jsonl"), encoding: .utf8)
        let logbook = try CLILogbook()
        let before = try digest(logbook)
        let broken = fixture.replacingOccurrences(of: #""profession":"orthopedagoog""#, with: #""profession":"leerkracht""#)
        let refused = try logbook.run(["append", "--batch", "-"], as: "ib.devries", input: broken)
        #expect(refused.status == 1 && refused.stderr.contains("(diagnosis-unqualified)"))
        #expect(try digest(logbook) == before)
        let batch = try logbook.run(["append", "--batch", "-"], as: "ib.devries", input: fixture)
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(try logbook.run(["verify"]).status == 0)
        try logbook.keepForSchemaValidation()
    }

    @Test("record --guided asks in Dutch, re-asks a wrong answer, and records after ja (seed 002 line 121)")
    func guided() throws {
        let logbook = try CLILogbook()
        #expect(try logbook.run(Self.openCase, as: "lk.bakker").status == 0)
        let answers = "9\n2\nnooit\n1\nSara is bang voor de reactie van vader.\n2026-09-15\n\nja\n"
        let result = try logbook.run(["record", "conversation.skipped", "--case", "2026-001", "--guided"], as: "ib.devries", input: answers)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("gesprek met") && result.stderr.contains("Vastleggen?") && result.stderr.contains("Niet goed"))
        let log = try logbook.openedLog()
        #expect(log.stdout.contains(#""reason":"safety-child""#) && log.stdout.contains(#""with":"parents""#))
        try logbook.keepForSchemaValidation()
    }

    @Test("An integer beyond ±(2^53 − 1) is refused, never a crash: guided, as a flag, in a payload file",
          arguments: ["9007199254740992", "-9007199254740992", "9223372036854775807"])
    func integerBounds(number: String) throws {
        let logbook = try CLILogbook()
        #expect(try logbook.run(Self.openCase, as: "lk.bakker").status == 0)
        let before = try logbook.log
        let guided = try logbook.run(
            ["record", "hypothesis.confirmed", "--case", "2026-001", "--guided"], as: "ib.devries", input: "\(number)\nx\n1\nja\n")
        #expect(guided.status == 2, "\(guided.stderr)")
        #expect(guided.stderr.contains("Niet goed") || guided.stderr.contains("geen geldige waarde"))
        let flags = try logbook.run(
            ["record", "hypothesis.confirmed", "--case", "2026-001", "--hypothesis", number, "--reason", "x", "--evidence", number],
            as: "ib.devries")
        #expect([1, 2].contains(flags.status), "\(flags.stderr)")
        #expect(flags.stderr.hasPrefix("error: "))
        let file = try logbook.run(
            ["record", "hypothesis.confirmed", "--case", "2026-001", "--payload", "-"], as: "ib.devries",
            input: #"{"hypothesis":\#(number),"reason":"x","evidence":[1]}"#)
        #expect(file.status == 1, "\(file.stderr)")
        let asOf = try logbook.run(["case", "show", "2026-001", "--as-of", number, "--json"])
        #expect(asOf.status == 2, "\(asOf.stderr)")
        #expect(try logbook.onlyReadsAdded(since: before), "nothing but the guided entry's read is recorded")
    }

    @Test("record --guided records nothing when not confirmed, or when the answers run out")
    func guidedCancelled() throws {
        let logbook = try CLILogbook()
        #expect(try logbook.run(Self.openCase, as: "lk.bakker").status == 0)
        let before = try digest(logbook)
        let declined = try logbook.run(
            ["record", "conversation.skipped", "--case", "2026-001", "--guided"], as: "ib.devries", input: "2\n1\nUitleg.\n2026-09-15\n\nnee\n")
        #expect(declined.status == 1 && declined.stderr.contains("Niets vastgelegd"))
        let ended = try logbook.run(["record", "conversation.skipped", "--case", "2026-001", "--guided"], as: "ib.devries", input: "2\n")
        #expect(ended.status == 2)
        #expect(try digest(logbook) == before)
    }

    @Test("record --help lists the types; record TYPE --help shows that type's flags; schema TYPE prints the schema file")
    func help() throws {
        let logbook = try CLILogbook()
        let general = try logbook.run(["record", "--help"])
        #expect(general.status == 0 && general.stdout.contains("melding.made") && general.stdout.contains("case.reopened"))
        let typed = try logbook.run(["record", "signal.recorded", "--help"])
        #expect(typed.status == 0 && typed.stdout.contains("--observed-on YYYY-MM-DD") && typed.stdout.contains("--source-party"))
        #expect(!typed.stdout.contains("--anonymity-reason"))
        let schema = try logbook.run(["schema", "melding.made"])
        let file = try String(contentsOf: Repository.root.appendingPathComponent("Schemas/events/melding.made.schema.json"), encoding: .utf8)
        #expect(schema.status == 0 && schema.stdout == file)
    }
}
