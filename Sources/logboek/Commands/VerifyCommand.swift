import Ledger

/// `logboek verify`: checks the whole log.
enum VerifyCommand: Command {
    static let spec = CommandSpec(
        path: ["verify"], abstract: "Verify the whole log: canonical lines, chain, hashes, authors and signatures.",
        options: [CommonOptions.json],
        discussion: """
            Needs no passphrase and reads no case content. Reports the first failure with its seq, line,
            code and reason, and exits 1. With --json prints
            {"ok":bool,"events":N,"failure":{"seq","line","code","message"}|null}, where N counts the events
            that verified.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let layout = context.layout(arguments)
        let console = context.console
        let progress: ((Int) -> Void)? = console.showsProgress ? { console.progress("verified \($0) events…") } : nil
        let report = try Verifier().verify(logAt: layout.log, progress: progress)
        if progress != nil { console.endProgress() }
        if arguments.flag("json") {
            console.json(.object([
                "ok": .bool(report.isValid),
                "events": .integer(Int64(report.validEventCount)),
                "failure": report.failure.map(failureJSON) ?? .null,
            ]))
        } else if let failure = report.failure {
            console.out("FAILED at seq \(failure.seq) (line \(failure.line)): \(failure.code.rawValue): \(failure.message)")
            console.out("\(report.validEventCount) events before it verified.")
        } else if let state = report.state {
            console.out("OK: \(state.nextSeq) events verified; head \(state.headHashHex)")
        }
        return report.isValid ? .success : .failure
    }

    private static func failureJSON(_ failure: VerifyFailure) -> JSONValue {
        .object([
            "seq": .integer(Int64(failure.seq)),
            "line": .integer(Int64(failure.line)),
            "code": .string(failure.code.rawValue),
            "message": .string(failure.message),
        ])
    }
}
