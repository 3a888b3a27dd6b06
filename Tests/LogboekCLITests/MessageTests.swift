import Foundation
import Testing

/// Error messages say what happened and what to do, with the same exit status for the same kind of mistake.
@Suite("Messages")
struct MessageTests {
    @Test("A case id and an actor id over 64 characters are both refused as invalid input (exit 1), naming the length")
    func overLongIDs() throws {
        let logbook = try CLILogbook()
        let long = String(repeating: "a", count: 65)
        let open = ["case", "open", long, "--child-ref", "LL-1", "--child-name", "Sara", "--birth-date", "2017-03-14", "--reason", "Zorgen."]
        for (arguments, actor) in [(open, "ib.devries"), (["actor", "add", long, "--name", "X", "--role", "leerkracht"], "dir.jansen")] {
            let result = try logbook.run(arguments, as: actor)
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stderr.contains("(invalid-input)"), "\(result.stderr)")
            #expect(result.stderr.contains("1 to 64"), "\(result.stderr)")
        }
    }

    @Test("A refused line deep in a batch is named by its line number, for a meldcode and for a ledger refusal")
    func batchLineNamed() throws {
        let logbook = try CLILogbook()
        let before = try logbook.log
        let note = #"{"type":"memo.noted","stream":"memo/1","payload":{"text":"x"}}"#
        for (bad, code) in [(#"{"type":"signal.recorded","stream":"case/2026-404","payload":{}}"#, "invalid-payload"),
                            (#"{"type":"memo.noted","stream":"memo/2","payload":{"text":"x"},"expectVersion":7}"#, "version-conflict")] {
            var lines = Array(repeating: note, count: 500)
            lines[376] = bad
            lines.insert("", at: 10)
            let result = try logbook.run(["append", "--batch", "-"], as: "lk.bakker", input: lines.joined(separator: "\n") + "\n")
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stderr.hasPrefix("error: batch line 378: "), "\(result.stderr)")
            #expect(result.stderr.contains("(\(code))"), "\(result.stderr)")
        }
        #expect(try logbook.log == before)
    }

    @Test("Read-only commands do not say that nothing was written; writing commands (reads of case content too, which record case.viewed) still do")
    func nothingWrittenOnlyWhenWriting() throws {
        let logbook = try CLILogbook()
        let readOnly = try logbook.run(["profile", "show", "geen-profiel"])
        #expect(readOnly.status != 0)
        #expect(!readOnly.stderr.lowercased().contains("nothing was written"), "\(readOnly.stderr)")
        for command in [["case", "show", "2026-404"], ["findings", "--case", "2026-404"]] {
            let result = try logbook.run(command)
            #expect(result.status == 1 && result.stderr.contains("Nothing was written to the log."), "\(command): \(result.stderr)")
        }
        let refused = try logbook.run(["record", "note.recorded", "--case", "2026-404", "--text", "x", "--contact-on", "2026-11-20"], as: "lk.bakker")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Nothing was written to the log."), "\(refused.stderr)")
    }

    @Test("An empty --logbook, LOGBOEK_DIR or folder argument is a usage error, never the current folder")
    func emptyLogbook() throws {
        let logbook = try CLILogbook()
        let empty = try logbook.run(["verify", "--logbook", ""])
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("--logbook is empty"), "\(empty.stderr)")
        let variable = try CLI.run(["verify"], environment: ["LOGBOEK_DIR": ""])
        #expect(variable.status == 2)
        #expect(variable.stderr.contains("LOGBOEK_DIR is empty"), "\(variable.stderr)")
        let initialise = try CLI.run(["init", "", "--org", "X", "--admin", "dir.x", "--admin-name", "X"], environment: ["LOGBOEK_PASSPHRASE": "geheim-geheim"])
        #expect(initialise.status == 2)
        #expect(initialise.stderr.contains("DIR is empty"), "\(initialise.stderr)")
    }
}
