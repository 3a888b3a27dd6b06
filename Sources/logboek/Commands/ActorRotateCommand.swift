import Ledger

/// `logboek actor rotate ID`: gives an actor a new key.
enum ActorRotateCommand: Command {
    static let spec = CommandSpec(
        path: ["actor", "rotate"], abstract: "Give an actor a new key (the actor themselves, or an administrator).",
        positionals: [PositionalSpec(name: "ID", help: "The actor whose key is replaced.")],
        options: [CommonOptions.newPassphraseFile, CommonOptions.json] + CommonOptions.signing,
        discussion: """
            The old key stops being valid for events after the rotation; it is kept in keys/retired/.
            Use it when a passphrase is forgotten (an administrator rotates) or a key may have leaked.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let id = arguments.positionals[0]
        try ActorArguments.checkID(id, command: spec.name)
        let signer = try Signer.load(arguments, context)
        let key = try SealedKey(newKeyFor: id, passphrase: try Passphrase.forNewKey(id, arguments, context))
        let writer = try Signer.openWriter(arguments, context)
        let event = try writer.append(.keyRotated(actor: id, publicKey: key.publicKey, encryptionKey: key.encryptionKey), issuing: key, author: signer.actor, signingKey: signer.key)
        UnlockedKeys.lock(id, in: writer.layout)
        RegistryOutput.report(event, summary: "Rotated the key of \(id) to \(Fingerprint.of(key.publicKey))", arguments, context)
        return .success
    }
}
