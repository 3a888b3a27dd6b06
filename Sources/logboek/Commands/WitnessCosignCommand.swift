import Foundation
import Ledger

/// `logboek witness cosign DIR --checkpoint FILE --proof FILE`: checks consistency, then cosigns.
enum WitnessCosignCommand: Command {
    static let spec = CommandSpec(
        path: ["witness", "cosign"], abstract: "Check a log's checkpoint against the last one this witness cosigned, then cosign it.",
        positionals: [PositionalSpec(name: "DIR", help: "The witness's folder.")],
        options: [
            OptionSpec(name: "checkpoint", valueName: "FILE", help: "The log's signed checkpoint."),
            OptionSpec(name: "proof", valueName: "FILE", help: "`logboek prove consistency` output from the last cosigned checkpoint."),
            OptionSpec(name: "log-key", valueName: "VKEY", help: "The log's verifier key (text or a file); pinned on first use."),
            CommonOptions.passphraseFile,
        ] + CommonOptions.output(help: "Write the cosigned checkpoint here (default: standard output)."),
        discussion: """
            The first checkpoint of a log needs --log-key: the witness pins that key for the checkpoint's origin and
            later accepts only checkpoints signed by it (a different --log-key is refused). It refuses a checkpoint
            that is smaller than, or not proven consistent with, the last one it cosigned (witness-refused, exit 1).
            The passphrase comes from --passphrase-file, else LOGBOEK_PASSPHRASE, else a prompt.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let witness = try Witness.open(at: URL(fileURLWithPath: arguments.positionals[0]))
        let output = try arguments.outputFile()
        let signed = try CheckpointInput.checkpoint(try arguments.required("checkpoint"))
        let proof = try arguments.value("proof").map(CheckpointInput.proof)
        let logKey = try arguments.value("log-key").map(CheckpointInput.verifierKey)
        if let proof {
            guard case .consistency = proof.kind, proof.size == signed.checkpoint.size else {
                throw ProofError.witnessRefused("the proof is not a consistency proof to size \(signed.checkpoint.size)")
            }
        }
        let passphrase = try Passphrase.forSigner("the witness", arguments, context)
        let cosigned = try witness.cosign(
            signed, proof: proof?.hashes ?? [], logKey: logKey, passphrase: passphrase, clock: SystemClock())
        if let output {
            try output.write(cosigned.note.bytes)
            context.console.out("Cosigned the checkpoint of size \(signed.checkpoint.size): \(output.url.path)")
        } else {
            FileHandle.standardOutput.write(Data(cosigned.note.bytes))
        }
        return .success
    }
}
