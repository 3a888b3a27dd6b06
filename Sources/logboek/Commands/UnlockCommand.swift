import Foundation
import Ledger

/// `logboek unlock --as ID`: keeps an actor's opened keys in the kernel keyring for a sitting.
enum UnlockCommand: Command {
    static let spec = CommandSpec(
        path: ["unlock"], abstract: "Open an actor's keys once and keep them unlocked for the commands of this sitting.",
        options: [
            OptionSpec(name: "as", valueName: "ID", help: "The actor whose keys are unlocked (asks their passphrase once)."),
            OptionSpec(
                name: "minutes", valueName: "N",
                help: "How long they stay unlocked: 1 to \(UnlockedKeys.maximumMinutes) (default \(UnlockedKeys.defaultMinutes))."),
            OptionSpec(
                name: "user-wide", valueName: nil,
                help: "Where this login session has no keyring of its own: keep them in the user's, which every session of this user reads."),
            CommonOptions.passphraseFile, CommonOptions.lockTimeout, CommonOptions.json,
        ],
        discussion: """
            The keys are kept by the Linux kernel (keyrings(7)) in the session keyring that the later commands of this
            login session share, readable only by processes that possess it: sealed, under a wrapping key kept beside
            them, and the kernel destroys both when the time is up or at `lock` (a copy taken before opens nothing
            then). A login without a session keyring of its own (no pam_keyinit) has only the user's, which every
            session of the user reads: unlock refuses there unless --user-wide is given. No program of ours keeps
            running. Commands with --as this actor on this logbook then sign and read sealed case content without asking
            the passphrase, as long as the keys are still the actor's (after `actor rotate` or `actor revoke` the entry
            is dropped and the passphrase asked).
            `logboek lock` drops them sooner; unlocking again replaces the entry and restarts the time.
            Where the kernel refuses keyrings (some containers), unlock says so and exits 1; every command still works,
            asking the passphrase each time.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let minutes = try arguments.count("minutes") ?? UnlockedKeys.defaultMinutes
        guard (1...UnlockedKeys.maximumMinutes).contains(minutes) else {
            throw UsageError(message: "--minutes must be from 1 to \(UnlockedKeys.maximumMinutes), not \(minutes)", command: spec.name)
        }
        _ = try arguments.required("as")
        try UnlockedKeys.requireKeyring(userWide: arguments.flag("user-wide"))
        let signer = try Signer.load(arguments, context, from: .passphrase)
        let registry = try Signer.openWriter(arguments, context).state.registry
        try UnlockedKeys(layout: try context.layout(arguments)).unlock(
            ActorKeys(signing: signer.key, encryption: signer.encryptionKey), for: signer.actor, registry: registry, minutes: minutes,
            userWide: arguments.flag("user-wide"))
        let until = Date(timeIntervalSinceNow: Double(minutes * 60))
        if arguments.flag("json") {
            context.console.json(.object([
                "actor": .string(signer.actor), "minutes": .integer(Int64(minutes)),
                "until": .string(ISO8601DateFormatter().string(from: until)), "keyring": .string(UnlockedKeys.isLoginSession ? "session" : "user"),
            ]))
        } else {
            let keyring = UnlockedKeys.isLoginSession ? "this login session's keyring" : "the user's keyring, which every session of this user reads"
            context.console.out(
                "Unlocked the keys of \(signer.actor) for \(minutes) minutes (until \(ISO8601DateFormatter().string(from: until))) in \(keyring); "
                    + "`logboek lock` locks them sooner.")
        }
        return .success
    }
}
