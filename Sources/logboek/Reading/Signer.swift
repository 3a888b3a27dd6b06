import Ledger
import Meldcode

/// The actor a command signs as (`--as`), with their key opened by their passphrase.
struct Signer {
    /// The actor id.
    let actor: String
    /// The actor's private signing key.
    let key: SigningKey
    /// The actor's private key that opens their copies of case keys, if their key file holds one.
    let encryptionKey: EncryptionKey?

    /// Both keys, as the checked append takes them.
    var keys: ActorKeys { ActorKeys(signing: key, encryption: encryptionKey) }

    /// Opens the keys of the actor named by `--as` (see ``ActorKeySource``): unlocked ones from the kernel
    /// keyring, else with the passphrase (first letting a writer install a new key an interrupted command
    /// left pending for them). Done before the logbook's lock is taken, so a prompt never holds up other writers.
    /// - Parameter source: Where the keys may come from (`unlock` itself always asks the passphrase).
    static func load(_ arguments: ParsedArguments, _ context: Context, from source: ActorKeySource = .unlockedOrPassphrase) throws -> Signer {
        let actor = try arguments.required("as")
        try ActorArguments.checkID(actor, command: arguments.spec.name)
        let keys = KeyStore(layout: try context.layout(arguments))
        if keys.hasPendingKey(for: actor) { _ = try openWriter(arguments, context) }
        guard keys.hasKey(for: actor) else { throw try missingKey(actor, arguments, context) }
        let opened = try source.keys(of: actor, in: keys, arguments, context)
        return Signer(actor: actor, key: opened.signing, encryptionKey: opened.encryption)
    }

    /// The error for an actor without a key file: one who was never enrolled is told to be enrolled
    /// (`actor add`), an enrolled one that an administrator can issue a new key (`actor rotate`).
    private static func missingKey(_ actor: String, _ arguments: ParsedArguments, _ context: Context) throws -> LedgerError {
        let registry = try LogbookReading.read(arguments, context).registry
        guard registry.actors[actor] != nil else {
            return .invalidInput(
                "'\(actor)' is not an actor of this logbook; an administrator enrols them first with "
                    + "`logboek actor add \(actor) --name NAME --role ROLE --as ADMIN` (`logboek actor list` shows who is enrolled)")
        }
        return .missingKey(actor: actor)
    }

    /// Opens the logbook for writing, waiting `--lock-timeout` seconds for other writers, and reports a
    /// repaired torn tail and the new keys of an interrupted issuance installed on opening on standard error.
    static func openWriter(_ arguments: ParsedArguments, _ context: Context) throws -> LogWriter {
        let timeout = Double(try arguments.count("lock-timeout") ?? 30)
        let writer = try LogWriter(opening: context.layout(arguments), lockTimeout: timeout, rules: CaseAuthority())
        if writer.repairedTornTailBytes > 0 {
            context.console.err(
                "note: removed \(writer.repairedTornTailBytes) bytes of an unfinished write from the end of the log (kept in torn/)")
        }
        for actor in writer.installedPendingKeys {
            context.console.err("note: installed the new key of \(actor), which an interrupted command had registered but not yet put in keys/")
        }
        if let settled = writer.settledKeyWork {
            context.console.err(settled.appended
                ? "note: finished what an interrupted command had left of its key work after seq \(settled.intent.seq) (copies removed, erased cases' keys destroyed)"
                : "note: took back the \(settled.intent.copies.count) key copies of an interrupted command whose events never reached the log")
        }
        return writer
    }

    /// Opens the signer's key and the writer, and checks `drafts` as the next events of the log (see
    /// ``CheckedAppend``); nothing is written until the caller appends.
    /// - Parameter signer: The signer, when the command has already loaded it (one passphrase per command).
    static func checkedAppend(
        _ drafts: [EventDraft], _ arguments: ParsedArguments, _ context: Context, signer: Signer? = nil, checkingLedgerNow: Bool = true
    ) throws -> CheckedAppend {
        let signer = try signer ?? load(arguments, context)
        let writer = try openWriter(arguments, context)
        return try CheckedAppend(drafts, writer: writer, author: signer.actor, keys: signer.keys, now: SystemClock().now(),
            checkingLedgerNow: checkingLedgerNow)
    }
}
