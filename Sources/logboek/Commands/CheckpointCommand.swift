import Foundation
import Ledger
import Meldcode

/// `logboek checkpoint --as ID`: signs a checkpoint of the log as it is now.
enum CheckpointCommand: Command {
    static let spec = CommandSpec(
        path: ["checkpoint"], abstract: "Sign a checkpoint (tree head) of the log as it is now (administrators only).",
        options: CommonOptions.output(help: "Also write the checkpoint to FILE.") + [CommonOptions.json] + CommonOptions.signing,
        discussion: """
            The checkpoint is a C2SP tlog-checkpoint note signed with the administrator's key; its key name is
            the logbook's origin (logboek.invalid/<first 8 bytes of the seq-0 hash in hex>). It is kept in
            checkpoints/<size>.checkpoint. Refused (log-inconsistent) if the log no longer extends a checkpoint
            signed before. Give the checkpoint file and the verifier key printed here to the Inspectie.
            With --json prints {"origin","size","root","file","verifierKey","checkpoint"}.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let output = try arguments.outputFile()
        let signer = try Signer.load(arguments, context)
        let timeout = Double(try arguments.count("lock-timeout") ?? 30)
        let issued = try CheckpointIssuer.issue(context.layout(arguments), signer: signer.actor, key: signer.key, lockTimeout: timeout, rules: CaseAuthority())
        let bytes = issued.checkpoint.note.bytes
        try output?.write(bytes)
        let checkpoint = issued.checkpoint.checkpoint
        if arguments.flag("json") {
            context.console.json(.object([
                "origin": .string(checkpoint.origin), "size": .integer(Int64(checkpoint.size)),
                "root": .string(issued.checkpoint.checkpoint.body.split(separator: "\n")[2].description),
                "file": .string(issued.file.path), "verifierKey": .string(issued.verifierKey.text),
                "checkpoint": .string(String(decoding: bytes, as: UTF8.self)),
            ]))
        } else {
            context.console.out("Signed a checkpoint of \(checkpoint.size) events: \(issued.file.path)")
            context.console.out("Verifier key: \(issued.verifierKey.text)")
        }
        return .success
    }
}
