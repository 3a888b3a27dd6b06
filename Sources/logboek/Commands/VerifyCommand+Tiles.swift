import Ledger
import Meldcode

extension VerifyCommand {
    /// `verify --tiles URL|DIR`: checks a published log without the logbook.
    static func runTiles(_ location: String, _ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        guard arguments.all("checkpoint").isEmpty else {
            throw UsageError(message: "--tiles verifies the published checkpoint; leave out --checkpoint", command: spec.name)
        }
        let console = context.console
        let progress: ((Int) -> Void)? = console.showsProgress ? { console.progress("verified \($0) events…") } : nil
        let key = try arguments.value("key").map(CheckpointInput.verifierKey)
        let outcome = try TileAudit.verify(
            try TileStores.open(location), key: key, witnesses: try witnessKeys(arguments), rules: CaseAuthority(), progress: progress)
        if progress != nil { console.endProgress() }
        let size = outcome.checkpoint.checkpoint.size
        if arguments.flag("json") {
            console.json(.object([
                "ok": .bool(outcome.holds), "events": .integer(Int64(outcome.report.validEventCount)), "size": .integer(Int64(size)),
                "bytesRead": .integer(Int64(outcome.bytesRead)), "failure": outcome.report.failure.map(failureJSON) ?? .null,
                "tiles": outcome.problem.map { .object(["code": .string($0.code), "message": .string($0.message)]) } ?? .null,
            ]))
        } else if let failure = outcome.report.failure {
            console.out("FAILED at seq \(failure.seq) (line \(failure.line)): \(failure.code.rawValue): \(failure.message)")
        } else if let problem = outcome.problem {
            console.out("TILES FAILED (checkpoint of size \(size)): \(problem.code): \(problem.message)")
        } else {
            console.out("OK: \(size) published events verified against their tiles and the checkpoint of size \(size) (\(outcome.bytesRead) bytes read)")
        }
        return outcome.holds ? .success : .failure
    }
}
