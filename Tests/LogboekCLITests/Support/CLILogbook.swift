import Foundation
import Ledger
import Meldcode
import Testing

/// A logbook made with the CLI: a director (administrator), an IB'er and two teachers, each with their
/// own passphrase. Built once, then copied for each test, since sealing keys takes time on purpose.
struct CLILogbook {
    /// The actors and their passphrases.
    static let passphrases = [
        "dir.jansen": "directeur-geheim", "ib.devries": "ib-geheim-123", "lk.bakker": "bakker-geheim", "lk.visser": "visser-geheim",
    ]

    /// The logbook's folder.
    let directory: URL

    /// A fresh copy of the template logbook.
    init() throws {
        directory = try TemporaryFolder.make().appendingPathComponent("logbook")
        try FileManager.default.copyItem(at: try Self.template.get(), to: directory)
    }

    private static let template: Result<URL, any Error> = Result { try build() }

    /// The recovery key file `init` wrote for the template (every copy shares its recovery key).
    static var recoveryKeyFile: URL {
        get throws { try template.get().deletingLastPathComponent().appendingPathComponent("recovery.key") }
    }

    private static func build() throws -> URL {
        let directory = try TemporaryFolder.make().appendingPathComponent("logbook")
        try expectSuccess(CLI.run(
            ["init", directory.path, "--org", "Basisschool De Klimtoren", "--admin", "dir.jansen", "--admin-name", "M. Jansen",
             "--role", "directeur", "--recovery-key", directory.deletingLastPathComponent().appendingPathComponent("recovery.key").path],
            environment: ["LOGBOEK_PASSPHRASE": passphrases["dir.jansen"] ?? ""]))
        for (id, name, role) in [("ib.devries", "A. de Vries", "intern-begeleider"), ("lk.bakker", "S. Bakker", "leerkracht"),
                                 ("lk.visser", "T. Visser", "leerkracht")] {
            try expectSuccess(CLI.run(
                ["actor", "add", id, "--name", name, "--role", role, "--as", "dir.jansen", "--logbook", directory.path],
                environment: ["LOGBOEK_PASSPHRASE": passphrases["dir.jansen"] ?? "", "LOGBOEK_NEW_PASSPHRASE": passphrases[id] ?? ""]))
        }
        return directory
    }

    private static func expectSuccess(_ result: CLIResult) throws {
        guard result.status == 0 else { throw SetupFailure(result: result) }
    }

    /// Runs `logboek` on this logbook, as `actor` (their passphrase in the environment) if given; a command that
    /// reads case content and names no reader reads as the IB'er, who coordinates every case.
    func run(_ arguments: [String], as actor: String? = nil, environment: [String: String] = [:], input: String? = nil) throws -> CLIResult {
        let actor = actor ?? (MemberReading.needsReader(arguments) ? "ib.devries" : nil)
        var extra = ["LOGBOEK_DIR": directory.path].merging(environment) { $1 }
        if let actor {
            extra["LOGBOEK_PASSPHRASE"] = Self.passphrases[actor]
        }
        return try CLI.run(arguments + (actor.map { ["--as", $0] } ?? []), environment: extra, input: input)
    }

    /// The log as `log --json` prints it, but with every case payload opened (read with the IB'er's keys, who
    /// coordinates every case): what the tests check a record command stored.
    func openedLog() throws -> CLIResult {
        let content = try MemberReading.content(of: directory, as: "ib.devries", passphrase: Self.passphrases["ib.devries"] ?? "")
        let writer = content.writer
        var lines = [String]()
        for seq in 0..<writer.state.nextSeq {
            let event = try writer.event(atSeq: seq)
            let opened = try content.recorded(event)
            let line = JSONValue.object([
                "header": .object(["seq": .integer(Int64(seq)), "type": .string(opened.type), "stream": .string(opened.stream), "author": .string(opened.author)]),
                "payload": .object(opened.payload),
            ])
            lines.append(String(decoding: CanonicalJSON.encode(line), as: UTF8.self))
        }
        return CLIResult(status: 0, stdout: lines.joined(separator: "\n") + "\n", stderr: "")
    }

    /// The log's bytes.
    var log: Data { get throws { try Data(contentsOf: directory.appendingPathComponent("log.jsonl")) } }

    /// Whether the log still begins with `before` and what follows it is reads only (`case.viewed`, which guided
    /// entry records before it shows a case's events), none at all included.
    func onlyReadsAdded(since before: Data) throws -> Bool {
        let after = try log
        guard after.starts(with: before) else { return false }
        return String(decoding: after.dropFirst(before.count), as: UTF8.self).split(separator: "\n")
            .allSatisfy { $0.contains("\"type\":\"case.viewed\"") }
    }

    /// Keeps a copy of the log for schema validation by `tools/test`.
    func keepForSchemaValidation() throws {
        try Repository.keepForSchemaValidation(try log, prefix: "cli")
    }
}

/// The template logbook could not be built.
struct SetupFailure: Error, CustomStringConvertible {
    let result: CLIResult
    var description: String { "setup failed with \(result.status): \(result.stderr)" }
}
