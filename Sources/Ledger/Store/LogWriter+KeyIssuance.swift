import Sodium

extension LogWriter {
    /// The durable steps of a key issuance, after each of which a crash may strike (see ``KeyStore``).
    enum KeyIssuanceStep: CaseIterable {
        /// The sealed key is on disk as `keys/<id>.key.new`.
        case pendingWritten
        /// The key it replaces is copied to `keys/retired/`.
        case oldKeyRetired
        /// The registry event is in the log.
        case appended
    }

    /// Appends a registry event that gives an actor a new key, and installs that key in `keys/` so that it
    /// is never registered without being held: the sealed key is written and synced first, then the event
    /// is appended, then the key file is renamed into place (the old one kept in `keys/retired/`).
    /// - Parameters:
    ///   - event: `actor.enrolled` or `actor.key_rotated` naming `key`'s actor and public key.
    ///   - key: The new key, sealed.
    ///   - author: The signer's actor id.
    ///   - signingKey: The signer's private key.
    /// - Returns: The appended event.
    /// - Throws: ``LedgerError`` if the event is refused or the key cannot be written (then neither the log
    ///   nor `keys/` changes), or if the append fails.
    @discardableResult
    public func append(
        _ event: RegistryEvent, issuing key: SealedKey, author: String, signingKey: Ed25519SigningKey
    ) throws(LedgerError) -> Event {
        guard let appended = try issue(event, key: key, author: author, signingKey: signingKey, stoppingAfter: nil) else {
            throw .io(operation: "issue", path: layout.pendingKeyFile(for: key.actor).path, reason: "the issuance stopped early")
        }
        return appended
    }

    /// Runs the steps of a key issuance; with `step`, stops right after it without any clean-up, as a
    /// crash would (for the crash tests).
    /// - Returns: The appended event, or `nil` if stopped before the append.
    func issue(
        _ event: RegistryEvent, key: SealedKey, author: String, signingKey: Ed25519SigningKey, stoppingAfter step: KeyIssuanceStep?
    ) throws(LedgerError) -> Event? {
        try Self.requireNames(event, key)
        let draft = EventDraft(event)
        try check([draft], author: author, signingKey: signingKey)
        let keys = KeyStore(layout: layout)
        let seq = state.nextSeq
        try keys.writePending(key)
        guard step != .pendingWritten else { return nil }
        let appended: Event
        do {
            try keys.retireCurrent(of: key.actor, replacedAt: seq)
            guard step != .oldKeyRetired else { return nil }
            appended = try append([draft], author: author, signingKey: signingKey)[0]
        } catch {
            keys.abandonPending(for: key.actor, replacedAt: seq)
            throw error
        }
        guard step != .appended else { return appended }
        do {
            try keys.installPending(for: key.actor)
        } catch {
            throw .io(
                operation: "install the new key", path: layout.pendingKeyFile(for: key.actor).path,
                reason: "\(error.message); the log registers it, and the next command that opens the logbook installs it")
        }
        return appended
    }

    /// Refuses an event that does not register `key` for its actor.
    private static func requireNames(_ event: RegistryEvent, _ key: SealedKey) throws(LedgerError) {
        let named: (actor: String, publicKey: Ed25519PublicKey, encryptionKey: X25519PublicKey)?
        switch event {
        case .logbookCreated(_, let profile, _), .actorEnrolled(let profile): named = (profile.id, profile.publicKey, profile.encryptionKey)
        case .keyRotated(let actor, let publicKey, let encryptionKey): named = (actor, publicKey, encryptionKey)
        case .actorRevoked: named = nil
        }
        guard let named, named.actor == key.actor, named.publicKey == key.publicKey, named.encryptionKey == key.encryptionKey else {
            throw .invalidInput("the \(event.type) event does not register the new key of '\(key.actor)'")
        }
    }
}
