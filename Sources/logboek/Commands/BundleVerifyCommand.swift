import Documents
import Ledger

/// `logboek bundle verify FILE`: checks an evidence bundle offline, without the logbook.
enum BundleVerifyCommand: Command {
    static let spec = CommandSpec(
        path: ["bundle", "verify"], abstract: "Check an evidence bundle offline: lines, disclosed payloads and inclusion proofs against its checkpoint.",
        positionals: [PositionalSpec(name: "FILE", help: "The bundle, as `report --bundle` wrote it.")],
        options: [
            OptionSpec(name: "key", valueName: "VKEY", help: "The log's verifier key you trust (default: the one in the bundle)."),
            CommonOptions.json,
        ],
        discussion: """
            Needs no logbook. Checks that the checkpoint is signed by the verifier key (give the one you kept with --key: the
            bundle's own proves only that the bundle is consistent), then for each event that its line is canonical, its hash
            and payload digest hold, its signature verifies under the author key given, the disclosed payload is the one the
            line commits to, and the inclusion proof leads to the checkpoint's root. Reports the first failure with a stable
            code (the same as `tools/verify.py --bundle`): bundle-malformed, checkpoint-malformed, checkpoint-bad-signature,
            line-malformed, hash-mismatch, payload-digest-mismatch, bad-signature, payload-mismatch, proof-invalid.
            Exit 0 verified, 1 failed, 2 usage, 3 the file cannot be read. --json prints
            {"ok":bool,"events":N,"failure":{"code","index","message"}|null}.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let bytes = try InputFile.read(arguments.positionals[0])
        let key = try arguments.value("key").map(CheckpointInput.verifierKey)
        let failure: BundleFailure?
        var count = 0
        do {
            let bundle = try EvidenceBundle(parsing: bytes)
            count = try BundleVerifier.verify(bundle, key: key)
            failure = nil
        } catch {
            failure = error
        }
        if arguments.flag("json") {
            let detail: JSONValue = failure.map { failure in
                .object([
                    "code": .string(failure.code.rawValue), "index": failure.index.map { .integer(Int64($0)) } ?? .null,
                    "message": .string(failure.message),
                ])
            } ?? .null
            context.console.json(.object(["ok": .bool(failure == nil), "events": .integer(Int64(count)), "failure": detail]))
        } else if let failure {
            context.console.out("FAILED: \(failure.message) (\(failure.code.rawValue))")
        } else {
            context.console.out("OK: \(count) events verified against the bundle's checkpoint")
        }
        return failure == nil ? .success : .failure
    }
}
