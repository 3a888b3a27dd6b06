import Ledger

/// `logboek actor list`: the actors as the log registers them.
enum ActorListCommand: Command {
    static let spec = CommandSpec(
        path: ["actor", "list"], abstract: "List the enrolled actors, their roles, rights and key fingerprints.",
        options: [CommonOptions.json])

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let registry = try LogbookReading.read(arguments, context).registry
        let actors = registry.actors.values.sorted { $0.enrolledAt < $1.enrolledAt }
        if arguments.flag("json") {
            context.console.json(.array(actors.map(json)))
            return .success
        }
        context.console.out("Organisation: \(registry.organisation ?? "?")")
        for actor in actors {
            let profile = actor.profile
            var rights = profile.roles.map(\.rawValue)
            if profile.isAdministrator { rights.append("admin") }
            rights += profile.qualifications.map { "qualified: \($0)" }
            let standing = actor.revokedAt.map { "revoked at seq \($0)" } ?? "active"
            context.console.out("\(profile.id)\t\(profile.name)\t\(rights.joined(separator: ", "))\t\(standing)\t\(Fingerprint.of(actor.publicKey))")
        }
        return .success
    }

    private static func json(_ actor: RegisteredActor) -> JSONValue {
        var object = actor.profile.json.objectValue ?? [:]
        object["publicKey"] = .string(actor.publicKeyBase64)
        object["encryptionKey"] = .string(actor.encryptionKeyBase64)
        object["fingerprint"] = .string(Fingerprint.of(actor.publicKey))
        object["enrolledAt"] = .integer(Int64(actor.enrolledAt))
        object["keyRotations"] = .array(actor.keyRotations.map { .integer(Int64($0)) })
        object["revokedAt"] = actor.revokedAt.map { .integer(Int64($0)) } ?? .null
        object["revocationReason"] = actor.revocationReason.map { .string($0) } ?? .null
        return .object(object)
    }
}
