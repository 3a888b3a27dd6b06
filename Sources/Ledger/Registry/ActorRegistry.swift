import Sodium

/// The actors of a logbook as they stand after some prefix of the log, and the rules of who may sign what.
///
/// The registry is built only from events (``RegistryEvent``); the verifier resolves each event's author
/// against the registry as it stood just before that event.
public struct ActorRegistry: Sendable, Equatable {
    /// The actors by id, including revoked ones.
    public private(set) var actors: [String: RegisteredActor] = [:]
    /// The organisation named by `logbook.created`, once seen.
    public private(set) var organisation: String?
    /// The organisation's recovery key named by `logbook.created`, once seen.
    public private(set) var recoveryKey: X25519PublicKey?

    /// An empty registry, as before seq 0.
    public init() {}

    /// Admits the next event: checks that its author may sign it and applies it if it is a registry event.
    /// - Parameter header: The event's header.
    /// - Parameter payload: The event's payload (read only for registry events).
    /// - Returns: The key the event's signature must verify under.
    /// - Throws: ``EventProblem`` with `unknown-author`, `revoked-author`, `not-authorised` or `malformed-event`.
    mutating func admit(
        _ header: EventHeader, payload: @autoclosure () throws(EventProblem) -> [String: JSONValue]
    ) throws(EventProblem) -> Ed25519PublicKey {
        if header.seq == 0 { return try admitGenesis(header, payload: try payload()) }
        guard RegistryEvent.isRegistryType(header.type) else { return try activeKey(of: header.author) }
        let author = try activeAuthor(header.author)
        guard header.stream == RegistryEvent.stream else {
            throw refusal("\(header.type) belongs in stream 'logbook', not '\(header.stream)'")
        }
        switch try RegistryEvent(type: header.type, payload: try payload()) {
        case .logbookCreated:
            throw refusal("a logbook is created only once, at seq 0")
        case .actorEnrolled(let profile):
            try requireAdministrator(author, toDo: "enrol actors")
            guard actors[profile.id] == nil else { throw refusal("'\(profile.id)' is already enrolled; ids are never reused") }
            actors[profile.id] = RegisteredActor(profile: profile, enrolledAt: header.seq)
        case .keyRotated(let id, let newKey, let newEncryptionKey):
            try rotate(id, to: newKey, encryptionKey: newEncryptionKey, by: author, at: header.seq)
        case .actorRevoked(let id, let reason):
            try revoke(id, reason: reason, by: author, at: header.seq)
        }
        return author.publicKey
    }

    /// The keys the administrators held once the log had `size` events (see ``RegisteredActor/key(atSize:)``).
    /// - Parameter size: A number of events.
    /// - Returns: Those keys.
    public func administratorKeys(atSize size: Int) -> [Ed25519PublicKey] {
        actors.values.filter(\.profile.isAdministrator).compactMap { $0.key(atSize: size) }
    }

    /// The verifier key, among those the administrators held when the log had the checkpoint's size, under
    /// which the checkpoint's log signature verifies.
    /// - Parameter signed: A signed checkpoint of this log.
    /// - Returns: The key, or `nil` when no administrator of that time signed it.
    public func administratorKey(verifying signed: SignedCheckpoint) -> NoteVerifierKey? {
        let checkpoint = signed.checkpoint
        return administratorKeys(atSize: checkpoint.size).lazy.compactMap { publicKey in
            try? NoteVerifierKey(name: checkpoint.origin, type: NoteVerifierKey.ed25519, publicKey: publicKey)
        }.first { key in (try? signed.verifyLogSignature(key)) != nil }
    }

    private mutating func admitGenesis(_ header: EventHeader, payload: [String: JSONValue]) throws(EventProblem) -> Ed25519PublicKey {
        guard header.type == RegistryEvent.genesisType, header.stream == RegistryEvent.stream else {
            throw refusal("the first event of a logbook must be logbook.created in stream 'logbook'")
        }
        guard case .logbookCreated(let organisation, let administrator, let recoveryKey) = try RegistryEvent(type: header.type, payload: payload)
        else { throw refusal("the first event of a logbook must be logbook.created") }
        guard administrator.isAdministrator, administrator.id == header.author else {
            throw refusal("logbook.created must be signed by the administrator it names, '\(administrator.id)'")
        }
        self.organisation = organisation
        self.recoveryKey = recoveryKey
        actors[administrator.id] = RegisteredActor(profile: administrator, enrolledAt: 0)
        return administrator.publicKey
    }

    private mutating func rotate(
        _ id: String, to newKey: Ed25519PublicKey, encryptionKey: X25519PublicKey, by author: RegisteredActor, at seq: Int
    ) throws(EventProblem) {
        guard author.profile.id == id || author.profile.isAdministrator else {
            throw refusal("only '\(id)' or an administrator may rotate the key of '\(id)'; '\(author.profile.id)' is neither")
        }
        var target = try activeActor(id)
        guard target.publicKey != newKey else { throw refusal("the new key of '\(id)' is the key it already has") }
        target.previousKeys.append(target.publicKey)
        target.publicKey = newKey
        target.encryptionKey = encryptionKey
        target.keyRotations.append(seq)
        actors[id] = target
    }

    private mutating func revoke(_ id: String, reason: String, by author: RegisteredActor, at seq: Int) throws(EventProblem) {
        try requireAdministrator(author, toDo: "revoke actors")
        var target = try activeActor(id)
        let otherAdministrators = actors.values.filter { $0.isActiveAdministrator && $0.profile.id != id }
        guard !target.profile.isAdministrator || !otherAdministrators.isEmpty else {
            throw refusal("'\(id)' is the last active administrator; enrol another administrator before revoking them")
        }
        target.revokedAt = seq
        target.revocationReason = reason
        actors[id] = target
    }

    /// The current key of an active author, read without copying their whole record (the path of
    /// every ordinary event).
    private func activeKey(of id: String) throws(EventProblem) -> Ed25519PublicKey {
        guard let index = actors.index(forKey: id), actors.values[index].isActive else { return try activeAuthor(id).publicKey }
        return actors.values[index].publicKey
    }

    private func activeAuthor(_ id: String) throws(EventProblem) -> RegisteredActor {
        guard let actor = actors[id] else {
            throw EventProblem(code: .unknownAuthor, message: "'\(id)' is not an enrolled actor of this logbook")
        }
        guard actor.isActive else {
            throw EventProblem(code: .revokedAuthor, message: "'\(id)' was revoked at seq \(actor.revokedAt ?? 0) and may sign no more")
        }
        return actor
    }

    private func activeActor(_ id: String) throws(EventProblem) -> RegisteredActor {
        guard let actor = actors[id] else { throw refusal("'\(id)' is not an enrolled actor of this logbook") }
        guard actor.isActive else { throw refusal("'\(id)' was already revoked at seq \(actor.revokedAt ?? 0)") }
        return actor
    }

    private func requireAdministrator(_ author: RegisteredActor, toDo action: String) throws(EventProblem) {
        guard author.profile.isAdministrator else {
            throw refusal("only an administrator may \(action); '\(author.profile.id)' is not one")
        }
    }

    private func refusal(_ message: String) -> EventProblem {
        EventProblem(code: .notAuthorised, message: message)
    }
}
