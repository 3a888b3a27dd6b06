import Ledger

/// `logboek prove consistency --from FILE`: the proof that the log extends a checkpoint.
enum ProveConsistencyCommand: Command {
    static let spec = CommandSpec(
        path: ["prove", "consistency"], abstract: "Print the proof that the log (or a later checkpoint) extends a checkpoint.",
        options: [
            OptionSpec(name: "from", valueName: "FILE", help: "The earlier checkpoint."),
            OptionSpec(name: "to", valueName: "FILE", help: "The later checkpoint (default: the log as it is now)."),
            CommonOptions.json,
        ],
        discussion: """
            Text: 'consistency FROM TO', then one base64 hash per line; `witness cosign --proof` reads it.
            --json: {"type":"consistency","from","to","fromRoot","toRoot","proof":[...]}. Refused
            (log-inconsistent) when the log does not match a checkpoint.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let from = try CheckpointInput.checkpoint(try arguments.required("from")).checkpoint
        let to = try arguments.value("to").map { try CheckpointInput.checkpoint($0).checkpoint }
        let index = try HashIndex.open(context.layout(arguments))
        let tree = MerkleTree(index)
        let size = to?.size ?? index.leafCount
        for checkpoint in [from] + (to.map { [$0] } ?? []) {
            guard checkpoint.size <= index.leafCount, checkpoint.size > 0,
                  try tree.root(size: checkpoint.size) == checkpoint.root else {
                throw ProofError.inconsistentLog(
                    "the log does not match the checkpoint of size \(checkpoint.size): the history before seq \(checkpoint.size) was rewritten or cut")
            }
        }
        let proof = try tree.consistencyProof(from: from.size, to: size)
        let roots = ["fromRoot": from.root, "toRoot": try tree.root(size: size)]
        ProofOutput.print(ProofFile(kind: .consistency(from: from.size), size: size, hashes: proof), roots: roots, arguments, context)
        return .success
    }
}
