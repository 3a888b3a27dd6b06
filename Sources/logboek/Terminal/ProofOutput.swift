import Foundation
import Ledger

/// How `prove` prints a proof: the text form, or JSON with `--json`.
enum ProofOutput {
    /// Prints the proof file to standard output.
    static func print(_ file: ProofFile, roots: [String: [UInt8]], _ arguments: ParsedArguments, _ context: Context) {
        if arguments.flag("json") {
            context.console.json(file.json(roots: roots))
        } else {
            FileHandle.standardOutput.write(Data(file.text.utf8))
        }
    }
}
