import Foundation
import Ledger
import Meldcode

/// `logboek recover --recovery-key FILE --as ADMIN`: re-seals every case's keys to its members with the recovery key.
enum RecoverCommand: Command {
    static let spec = CommandSpec(
        path: ["recover"], abstract: "With the recovery key, seal every case's keys again to its members as their keys now are (administrators only).",
        options: [
            OptionSpec(name: "recovery-key", valueName: "FILE", help: "The recovery key file `init --recovery-key` wrote (kept by the board)."),
            OptionSpec.freeText("reason", help: "Why the recovery key is used (recorded in the log; no names)."),
            CommonOptions.json,
        ] + CommonOptions.signing,
        discussion: """
            For a member who forgot their passphrase: an administrator issues them a new key (`logboek actor rotate`), then
            runs this with the recovery key; every case the member reads is sealed to their new key. Only key copies are
            opened, never a case's content. The use of the recovery key is recorded first (case.keys_recovered in stream
            logbook, naming the cases), then the copies are written; run it again if it was interrupted. A case whose
            copies cannot be read is reported and the others go on (exit 1 when any was left out). Erased cases stay
            erased: their keys are gone, the recovery key's copy too.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let file = URL(fileURLWithPath: try arguments.required("recovery-key"))
        let reason = try arguments.required("reason")
        guard !reason.allSatisfy(\.isWhitespace) else { throw LedgerError.invalidInput("the reason for using the recovery key is empty") }
        let signer = try Signer.load(arguments, context)
        let writer = try Signer.openWriter(arguments, context)
        let recovery = try KeyRecovery(writer: writer, secret: try RecoveryKey.open(file, for: writer.state.registry))
        if !recovery.caseIDs.isEmpty {
            let draft = recovery.draft(reason: reason, on: CalendarDay(SystemClock().now()))
            _ = try CheckedAppend([draft], writer: writer, author: signer.actor, keys: signer.keys, now: SystemClock().now()).append([draft])
            try recovery.write()
        }
        report(recovery, arguments, context)
        return recovery.skipped.isEmpty ? .success : .failure
    }

    private static func report(_ recovery: KeyRecovery, _ arguments: ParsedArguments, _ context: Context) {
        if arguments.flag("json") {
            context.console.json(.object([
                "cases": .array(recovery.caseIDs.map { .string($0) }), "copiesWritten": .integer(Int64(recovery.copyCount)),
                "skipped": .array(recovery.skipped.map { .object(["case": .string($0.caseID), "reason": .string($0.reason)]) }),
            ]))
            return
        }
        context.console.out(recovery.caseIDs.isEmpty
            ? "Every member already holds a copy of every case key they read; nothing was sealed again."
            : "Sealed \(recovery.copyCount) new copies of case keys to members, in \(recovery.caseIDs.count) cases (recorded as case.keys_recovered; erased cases left out).")
        for skipped in recovery.skipped { context.console.err("left out: case \(skipped.caseID): \(skipped.reason)") }
    }
}
