import Ledger

/// `logboek prove inclusion --seq N`: the proof that an event is in the tree.
enum ProveInclusionCommand: Command {
    static let spec = CommandSpec(
        path: ["prove", "inclusion"], abstract: "Print the proof that event SEQ is in the tree of a given size.",
        options: [
            OptionSpec(name: "seq", valueName: "N", help: "The event."),
            OptionSpec(name: "size", valueName: "N", help: "The tree size (default: the log's current size)."),
            OptionSpec(name: "tiles", valueName: "URL|DIR", help: "Compute the proof from a published log's tiles, without the logbook."),
            CommonOptions.json,
        ],
        discussion: """
            Text: 'inclusion SEQ SIZE LEAFHASH', then one base64 hash per line. --json:
            {"type":"inclusion","seq","size","leafHash","root","proof":[...]}. With --tiles URL|DIR the
            proof comes from the published tiles (the size at most the published checkpoint's, by default that).
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        guard let seq = try arguments.count("seq") else { throw UsageError(message: "missing --seq N", command: spec.name) }
        let size = try arguments.count("size")
        let proof = try arguments.value("tiles").map { try TileProofs.inclusion(try TileStores.open($0), seq: seq, size: size) }
            ?? CheckedProofs.inclusion(in: context.layout(arguments), seq: seq, size: size)
        ProofOutput.print(proof.file, roots: ["root": proof.root], arguments, context)
        return .success
    }
}
