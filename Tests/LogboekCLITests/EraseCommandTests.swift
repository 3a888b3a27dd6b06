import Foundation
import Testing

@Suite("erase")
struct EraseCommandTests {
    private static let show = ["case", "show", "2026-001"]

    private func twoCases() throws -> CLILogbook {
        let logbook = try CLILogbook()
        for (id, name) in [("2026-001", "Sara Geheimnaam"), ("2026-002", "Noor Anders")] {
            let open = ["case", "open", id, "--child-ref", "LL-\(id)", "--child-name", name, "--birth-date", "2017-03-14", "--reason", "Zorgen."]
            try #require(try logbook.run(open, as: "ib.devries").status == 0)
        }
        return logbook
    }

    @Test("After erase nobody reads the case, the log only grew, verify, checkpoints, proofs and cosigning still pass, the other case reads")
    func erase() throws {
        let logbook = try twoCases()
        let folder = try TemporaryFolder.make()
        let checkpoint = folder.appendingPathComponent("before")
        let key = try CheckpointCommandTests.checkpoint(logbook, to: checkpoint)
        let before = try logbook.log
        let erased = try logbook.run(
            ["erase", "--case", "2026-001", "--ground", "retention", "--reason", "Bewaartermijn van vijf jaar verstreken."], as: "dir.jansen")
        #expect(erased.status == 0, "\(erased.stderr)")
        #expect(erased.stdout.contains("Erased case 2026-001") && erased.stdout.contains("copies of its keys destroyed"), "\(erased.stdout)")
        #expect(!FileManager.default.fileExists(atPath: logbook.directory.appendingPathComponent("casekeys/2026-001").path))

        let after = try logbook.log
        #expect(after.count > before.count && after.prefix(before.count) == before)
        for actor in ["ib.devries", "dir.jansen", "lk.bakker"] {
            let read = try logbook.run(Self.show, as: actor)
            #expect(read.status == 1, "\(actor): \(read.stdout)")
            #expect(!read.stdout.contains("Geheimnaam") && !read.stderr.contains("Geheimnaam"))
        }
        #expect(try logbook.run(["case", "show", "2026-002"], as: "ib.devries").stdout.contains("Noor Anders"))
        let list = try logbook.run(["case", "list"], as: "ib.devries")
        #expect(list.stdout.contains("2026-001\tgewist op ") && list.stdout.contains("(bewaartermijn verstreken)"), "\(list.stdout)")

        #expect(try logbook.run(["verify"]).status == 0)
        let verify = try logbook.run(["verify", "--checkpoint", checkpoint.path, "--key", key])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let openedLine = try #require(String(data: before, encoding: .utf8)?.split(separator: "\n").dropLast().last)
        #expect(openedLine.contains(#""stream":"case/2026-001""#))
        let seq = try #require(openedLine.firstMatch(of: /"seq":(\d+)/)?.1)
        let inclusion = try logbook.run(["prove", "inclusion", "--seq", String(seq)])
        #expect(inclusion.status == 0, "\(inclusion.stderr)")
        let second = folder.appendingPathComponent("after")
        _ = try CheckpointCommandTests.checkpoint(logbook, to: second)
        let proof = try logbook.run(["prove", "consistency", "--from", checkpoint.path, "--to", second.path])
        try #require(proof.status == 0, "\(proof.stderr)")
        try Data(proof.stdout.utf8).write(to: folder.appendingPathComponent("proof"))
        let witness = folder.appendingPathComponent("witness").path
        #expect(try CheckpointCommandTests.witness(["init", witness, "--name", "inspectie.example/witness"]).status == 0)
        #expect(try CheckpointCommandTests.witness(["cosign", witness, "--checkpoint", checkpoint.path, "--log-key", key]).status == 0)
        let cosign = try CheckpointCommandTests.witness(
            ["cosign", witness, "--checkpoint", second.path, "--proof", folder.appendingPathComponent("proof").path])
        #expect(cosign.status == 0, "\(cosign.stderr)")
        try logbook.keepForSchemaValidation()
    }

    @Test("An unknown case, a bad ground and a teacher are refused and write nothing")
    func refusals() throws {
        let logbook = try twoCases()
        let before = try logbook.log
        let unknown = try logbook.run(["erase", "--case", "2026-009", "--ground", "request", "--reason", "Verzoek."], as: "dir.jansen")
        #expect(unknown.status == 1, "\(unknown.stderr)")
        let badGround = try logbook.run(["erase", "--case", "2026-001", "--ground", "boredom", "--reason", "x"], as: "dir.jansen")
        #expect(badGround.status == 2, "\(badGround.stderr)")
        let byTeacher = try logbook.run(["erase", "--case", "2026-002", "--ground", "request", "--reason", "Verzoek."], as: "lk.bakker")
        #expect(byTeacher.status == 1, "\(byTeacher.stderr)")
        #expect(try logbook.log == before)
    }
}
