import Foundation
import Ledger
import Meldcode

/// `logboek recover --recovery-key FILE`: re-seals every case's keys to its members with the recovery key.
enum RecoverCommand: Command {
    static let spec = CommandSpec(
        path: ["recover"], abstract: "With the recovery key, seal every case's keys again to its members as their keys now are.",
        options: [
            OptionSpec(name: "recovery-key", valueName: "FILE", help: "The recovery key file `init --recovery-key` wrote (kept by the board)."),
            CommonOptions.json, CommonOptions.lockTimeout,
        ],
        discussion: """
            For a member who forgot their passphrase: an administrator issues them a new key (`logboek actor rotate`), then
            whoever holds the recovery key runs this; every case the member reads is sealed to their new key. Erased cases
            stay erased: their keys are gone, the recovery key's copy too.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let file = URL(fileURLWithPath: try arguments.required("recovery-key"))
        let writer = try Signer.openWriter(arguments, context)
        let secret = try RecoveryKey.open(file, for: writer.state.registry)
        let rule = try ProfileHistory(adoptedIn: writer).current.access
        let content = try CaseContent(writer: writer, holder: .recovery, secret: secret, rule: rule)
        let store = KeyCopyStore(layout: writer.layout)
        var written = 0, cases = 0
        for id in try writer.streams().compactMap(CaseStream.caseID).sorted() where content.erasures[id] == nil {
            let before = try store.copies(in: id)
            _ = try content.keyring(ofCase: id)
            written += try store.copies(in: id).filter { copy in !before.contains(copy) }.count
            cases += 1
        }
        if arguments.flag("json") {
            context.console.json(.object(["cases": .integer(Int64(cases)), "copiesWritten": .integer(Int64(written))]))
        } else {
            context.console.out("Sealed \(written) new copies of case keys to members, over \(cases) cases (erased cases left out).")
        }
        return .success
    }
}
