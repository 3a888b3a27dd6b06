import Ledger

/// `logboek prove consistency --from FILE`: the proof that the log extends a checkpoint.
enum ProveConsistencyCommand: Command {
    static let spec = CommandSpec(
        path: ["prove", "consistency"], abstract: "Print the proof that the log (or a later checkpoint) extends a checkpoint.",
        options: [
            OptionSpec(name: "from", valueName: "FILE", help: "The earlier checkpoint."),
            OptionSpec(name: "to", valueName: "FILE", help: "The later checkpoint (default: the log as it is now)."),
            OptionSpec(name: "tiles", valueName: "URL|DIR", help: "Compute the proof from a published log's tiles, without the logbook."),
            CommonOptions.json,
        ],
        discussion: """
            Text: 'consistency FROM TO', then one base64 hash per line; `witness cosign --proof` reads it.
            --json: {"type":"consistency","from","to","fromRoot","toRoot","proof":[...]}. Refused
            (log-inconsistent) when the log does not match a checkpoint. With --tiles URL|DIR the proof comes
            from the published tiles, to the published checkpoint by default.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let from = try CheckpointInput.checkpoint(try arguments.required("from")).checkpoint
        let to = try arguments.value("to").map { try CheckpointInput.checkpoint($0).checkpoint }
        let proof = try arguments.value("tiles").map { try TileProofs.consistency(try TileStores.open($0), from: from, to: to) }
            ?? CheckedProofs.consistency(in: context.layout(arguments), from: from, to: to)
        ProofOutput.print(proof.file, roots: ["fromRoot": proof.fromRoot, "toRoot": proof.toRoot], arguments, context)
        return .success
    }
}
