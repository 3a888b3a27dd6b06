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
            Every case the actor held keys of gets a new key, and their copies sealed to the old key are removed:
            what is recorded from now on does not open with the old key. The older keys of a case are sealed to the
            new key by the signer (if they read the case) or by the next member who reads it.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let id = arguments.positionals[0]
        try ActorArguments.checkID(id, command: spec.name)
        let signer = try Signer.load(arguments, context)
        let key = try SealedKey(newKeyFor: id, passphrase: try Passphrase.forNewKey(id, arguments, context))
        let rotation = RegistryEvent.keyRotated(actor: id, publicKey: key.publicKey, encryptionKey: key.encryptionKey)
        let checked = try Signer.checkedAppend([EventDraft(rotation)], arguments, context, signer: signer)
        let event = try checked.append(rotation, issuing: key)
        UnlockedKeys.lock(id, in: checked.writer.layout)
        RegistryOutput.report(event, summary: "Rotated the key of \(id) to \(Fingerprint.of(key.publicKey))", arguments, context)
        return .success
    }
}
