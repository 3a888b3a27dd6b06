import Foundation
import Ledger

/// `logboek witness follow DIR --log URL ...`: one witness follows many published logs.
enum WitnessFollowCommand: Command {
    static let spec = CommandSpec(
        path: ["witness", "follow"], abstract: "Follow published logs: check each one's new checkpoint against the tiles and cosign it.",
        positionals: [PositionalSpec(name: "DIR", help: "The witness's folder.")],
        options: [
            PublishedLogs.log, PublishedLogs.logList, PublishedLogs.logKey,
            OptionSpec(name: "publish", valueName: "DIR", help: "Write each cosigned checkpoint to DIR/<origin>/checkpoint, for the log to pick up."),
            CommonOptions.passphraseFile, CommonOptions.json,
        ],
        discussion: """
            For each log: reads its checkpoint, and the tiles of the consistency proof from the last checkpoint this
            witness cosigned for it; checks the log's signature (the key pinned on first use: a log followed for the
            first time needs its --log-key) and the proof; cosigns (C2SP tlog-cosignature v1, Ed25519); remembers it
            (under the witness's lock, replaced atomically) and publishes it with --publish. A checkpoint that is not
            consistent with the one cosigned before (a fork: a rewritten log republished) is refused and reported,
            and never cosigned. Exit 1 if any log was refused or could not be read. The passphrase comes from
            --passphrase-file, else LOGBOEK_PASSPHRASE, else a prompt. --json: one object per log,
            {"log","ok","size","previousSize","bytesRead","published","code","message"}, in a "logs" array.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let witness = try Witness.open(at: URL(fileURLWithPath: arguments.positionals[0]))
        let locations = try PublishedLogs.locations(arguments, command: spec.name)
        let keys = try PublishedLogs.keys(arguments, PublishedLogs.logKey)
        let publication = arguments.value("publish").map { URL(fileURLWithPath: $0) }
        let signingKey = try witness.signingKey(passphrase: try Passphrase.forSigner("the witness", arguments, context))
        var outcomes = [Witness.Following]()
        for location in locations {
            let outcome = witness.follow(
                try TileStores.open(location), logKeys: keys, signingKey: signingKey, clock: SystemClock(), publication: publication)
            if !arguments.flag("json") { context.console.out(line(outcome)) }
            outcomes.append(outcome)
        }
        if arguments.flag("json") { context.console.json(.object(["logs": .array(outcomes.map(json))])) }
        return outcomes.allSatisfy { $0.problem == nil } ? .success : .failure
    }

    private static func line(_ outcome: Witness.Following) -> String {
        if let problem = outcome.problem {
            let fork = problem.code == "witness-refused" ? "REFUSED (fork?)" : "FAILED"
            return "\(fork) \(outcome.location): \(problem.code): \(problem.message)"
        }
        let size = outcome.cosigned?.checkpoint.size ?? 0
        let from = outcome.previousSize.map { " (from \($0))" } ?? " (first)"
        return "Cosigned \(outcome.location): size \(size)\(from), \(outcome.bytesRead) bytes read"
    }

    private static func json(_ outcome: Witness.Following) -> JSONValue {
        .object([
            "log": .string(outcome.location), "ok": .bool(outcome.problem == nil),
            "size": outcome.cosigned.map { .integer(Int64($0.checkpoint.size)) } ?? .null,
            "previousSize": outcome.previousSize.map { .integer(Int64($0)) } ?? .null,
            "bytesRead": .integer(Int64(outcome.bytesRead)), "published": outcome.published.map { .string($0.path) } ?? .null,
            "code": outcome.problem.map { .string($0.code) } ?? .null, "message": outcome.problem.map { .string($0.message) } ?? .null,
        ])
    }
}
