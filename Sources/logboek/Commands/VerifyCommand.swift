import Ledger
import Meldcode

/// `logboek verify`: checks the whole log.
enum VerifyCommand: Command {
    static let spec = CommandSpec(
        path: ["verify"], abstract: "Verify the whole log: canonical lines, chain, hashes, authors and signatures.",
        options: [
            OptionSpec(name: "checkpoint", valueName: "FILE", help: "Also check that the log extends this checkpoint.", repeatable: true),
            OptionSpec(name: "key", valueName: "VKEY", help: "The verifier key the checkpoints must be signed with (text or file)."),
            OptionSpec(
                name: "witness-key", valueName: "VKEY", help: "A witness's cosignature key (text or file): each checkpoint must carry its cosignature.",
                repeatable: true),
            OptionSpec(name: "tiles", valueName: "URL|DIR", help: "Verify a published log (C2SP tlog-tiles) instead of the logbook."),
            CommonOptions.json,
        ],
        discussion: """
            Needs no passphrase and reads no case content. Reports the first failure with its seq, line,
            code and reason, and exits 1. With --json prints
            {"ok":bool,"events":N,"failure":{"seq","line","code","message"}|null}, where N counts the events
            that verified. With --checkpoint FILE (repeatable) it also checks that the log extends each
            checkpoint (signed with --key, else with a key an administrator of this log held at the checkpoint's
            size) and says which size differs;
            each --witness-key (repeatable, a tlog-cosignature key as `witness init` prints it) must have cosigned
            each checkpoint (bad-checkpoint-signature if not). --json then adds "checkpoints":[{"file","size","ok","code","message"}].
            With --tiles URL|DIR it checks a published log without the logbook: every line of the published
            checkpoint's tree as above, each line against its level-0 tile and entry, every tile against the tiles
            below, the root, and the checkpoint's signature (--key, else an administrator's) and --witness-key
            cosignatures; --json: {"ok","events","size","bytesRead","failure","tiles":{"code","message"}|null}.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        if let location = arguments.value("tiles") { return try runTiles(location, arguments, context: context) }
        let layout = try context.layout(arguments)
        let console = context.console
        let progress: ((Int) -> Void)? = console.showsProgress ? { console.progress("verified \($0) events…") } : nil
        let key = try arguments.value("key").map(CheckpointInput.verifierKey)
        let witnesses = try witnessKeys(arguments)
        let checkpoints = try arguments.all("checkpoint").map { ($0, try CheckpointInput.checkpoint($0)) }
        let outcome = try CheckpointAudit.verify(
            logAt: layout.log, checkpoints: checkpoints, key: key, witnesses: witnesses, rules: CaseAuthority(), progress: progress)
        if progress != nil { console.endProgress() }
        if arguments.flag("json") {
            console.json(json(outcome))
        } else {
            printText(outcome, console)
        }
        return outcome.holds ? .success : .failure
    }

    private static func json(_ outcome: CheckpointAudit.Outcome) -> JSONValue {
        var object: [String: JSONValue] = [
            "ok": .bool(outcome.holds),
            "events": .integer(Int64(outcome.report.validEventCount)),
            "failure": outcome.report.failure.map(failureJSON) ?? .null,
        ]
        if !outcome.verdicts.isEmpty { object["checkpoints"] = .array(outcome.verdicts.map(verdictJSON)) }
        if let rewritten = outcome.rewritten {
            object["rewritten"] = .object(["fromSeq": .integer(Int64(rewritten.fromSeq)), "toSeq": .integer(Int64(rewritten.toSeq))])
        }
        return .object(object)
    }

    /// The `--witness-key` keys: cosignature keys, only together with `--checkpoint`.
    static func witnessKeys(_ arguments: ParsedArguments) throws -> [NoteVerifierKey] {
        let witnesses = try arguments.all("witness-key").map(CheckpointInput.verifierKey)
        if !witnesses.isEmpty, arguments.all("checkpoint").isEmpty, arguments.value("tiles") == nil {
            throw UsageError(message: "--witness-key needs --checkpoint FILE or --tiles URL|DIR", command: spec.name)
        }
        if let wrong = witnesses.first(where: { $0.type != NoteVerifierKey.cosignatureV1 }) {
            throw UsageError(message: "--witness-key \(wrong.name) is not a witness's cosignature key (type 0x04)", command: spec.name)
        }
        return witnesses
    }

    private static func printText(_ outcome: CheckpointAudit.Outcome, _ console: Console) {
        let report = outcome.report
        if let failure = report.failure {
            console.out("FAILED at seq \(failure.seq) (line \(failure.line)): \(failure.code.rawValue): \(failure.message)")
            console.out("\(report.validEventCount) events before it verified.")
        } else if let state = report.state {
            console.out("OK: \(state.nextSeq) events verified; head \(state.headHashHex)")
        }
        for verdict in outcome.verdicts {
            if let problem = verdict.problem {
                console.out("CHECKPOINT FAILED, size \(verdict.checkpoint.size) (\(verdict.file)): \(problem.code): \(problem.message)")
            } else {
                console.out("Checkpoint OK: size \(verdict.checkpoint.size) (\(verdict.file))")
            }
        }
        if let (from, to) = outcome.rewritten {
            console.out(
                "The log agrees with the checkpoint of size \(from) but not with the one of size \(to + 1): the trees first differ at a size "
                    + "from \(from + 1) to \(to + 1), so at least one event from seq \(from) to seq \(to) was rewritten.")
        }
    }

    private static func verdictJSON(_ verdict: CheckpointAudit.Verdict) -> JSONValue {
        .object([
            "file": .string(verdict.file), "size": .integer(Int64(verdict.checkpoint.size)), "ok": .bool(verdict.problem == nil),
            "code": verdict.problem.map { .string($0.code) } ?? .null, "message": verdict.problem.map { .string($0.message) } ?? .null,
        ])
    }

    static func failureJSON(_ failure: VerifyFailure) -> JSONValue {
        .object([
            "seq": .integer(Int64(failure.seq)),
            "line": .integer(Int64(failure.line)),
            "code": .string(failure.code.rawValue),
            "message": .string(failure.message),
        ])
    }
}
