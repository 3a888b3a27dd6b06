import Documents
import Ledger

/// `logboek bundle verify FILE`: checks an evidence bundle offline, without the logbook.
enum BundleVerifyCommand: Command {
    static let spec = CommandSpec(
        path: ["bundle", "verify"], abstract: "Check an evidence bundle offline: lines, disclosed payloads and inclusion proofs against its checkpoint.",
        positionals: [PositionalSpec(name: "FILE", help: "The bundle, as `report --bundle` wrote it.")],
        options: [
            OptionSpec(name: "key", valueName: "VKEY", help: "The log's verifier key you trust (default: the one in the bundle)."),
            OptionSpec(name: "document", valueName: "FILE", help: "The report the bundle travels with: its SHA-256 must be the one the signed report block names."),
            CommonOptions.json,
        ],
        discussion: """
            Needs no logbook. Checks that the report block (case, document and checkpoint SHA-256) is signed by the issuer's key
            it names, that --document FILE is the document it names, that the checkpoint is the block's and is signed by the
            verifier key (give the one you kept with --key: the bundle's own proves only that the bundle is consistent in
            itself), then for each event that its line is canonical, its hash and payload digest hold, its signature verifies
            under the author key given, it is an event of the block's case, the disclosed payload is the one the line commits
            to, and the inclusion proof leads to the checkpoint's root. Who issued the report: the log's report.issued names
            the actor, whose key the logbook's actor list holds. Reports the first failure with a stable code (the same as
            `tools/verify.py --bundle`): bundle-malformed, report-bad-signature, report-mismatch, document-mismatch,
            checkpoint-malformed, checkpoint-bad-signature, line-malformed, hash-mismatch, payload-digest-mismatch,
            bad-signature, payload-mismatch, proof-invalid.
            Exit 0 verified, 1 failed, 2 usage, 3 the file cannot be read. --json prints
            {"ok":bool,"events":N,"failure":{"code","index","message"}|null}.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let bytes = try InputFile.read(arguments.positionals[0])
        let key = try arguments.value("key").map(CheckpointInput.verifierKey)
        let document = try arguments.value("document").map { try InputFile.read($0) }
        let failure: BundleFailure?
        var count = 0
        do {
            let bundle = try EvidenceBundle(parsing: bytes)
            count = try BundleVerifier.verify(bundle, key: key, document: document)
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
            context.console.out("OK: the report block's signature and \(count) events verified against the bundle's checkpoint")
            if document == nil { context.console.out("no --document given: the report itself was not compared with the bundle") }
            if key == nil {
                context.console.out("no --key given: only the bundle's consistency in itself was proven, not that the log you trust signed its checkpoint")
            }
        }
        return failure == nil ? .success : .failure
    }
}
