import Ledger
import Sodium

/// The actor a command signs as (`--as`), with their key opened by their passphrase.
struct Signer {
    /// The actor id.
    let actor: String
    /// The actor's private key.
    let key: Ed25519SigningKey

    /// Opens the key of the actor named by `--as`, asking for the passphrase where needed.
    /// Done before the logbook's lock is taken, so a prompt never holds up other writers.
    static func load(_ arguments: ParsedArguments, _ context: Context) throws -> Signer {
        let actor = try arguments.required("as")
        try ActorArguments.checkID(actor, command: arguments.spec.name)
        let keys = KeyStore(layout: context.layout(arguments))
        guard keys.hasKey(for: actor) else { throw LedgerError.missingKey(actor: actor) }
        let passphrase = try Passphrase.forSigner(actor, arguments, context)
        return Signer(actor: actor, key: try keys.signingKey(for: actor, passphrase: passphrase))
    }

    /// Opens the logbook for writing, waiting `--lock-timeout` seconds for other writers, and reports a
    /// repaired torn tail on standard error.
    static func openWriter(_ arguments: ParsedArguments, _ context: Context) throws -> LogWriter {
        let timeout = Double(try arguments.count("lock-timeout") ?? 30)
        let writer = try LogWriter(opening: context.layout(arguments), lockTimeout: timeout)
        if writer.repairedTornTailBytes > 0 {
            context.console.err(
                "note: removed \(writer.repairedTornTailBytes) bytes of an unfinished write from the end of the log (kept in torn/)")
        }
        return writer
    }
}

/// Checks on actor ids and roles given on the command line.
enum ActorArguments {
    /// Refuses an id that is not a lowercase slug.
    static func checkID(_ id: String, command: String) throws {
        guard Names.isActorID(id) else {
            throw LedgerError.invalidInput("'\(id)' is not an actor id: use lowercase letters, digits and . _ - (e.g. ib.devries)")
        }
    }

    /// The roles named by `--role`, refusing unknown ones with the list of known ones.
    static func roles(_ slugs: [String]) throws -> [Role] {
        try slugs.map { slug in
            guard let role = Role(rawValue: slug) else {
                throw LedgerError.invalidInput("'\(slug)' is not a role; the roles are: \(Role.slugList)")
            }
            return role
        }
    }
}
