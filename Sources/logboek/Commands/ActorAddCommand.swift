import Ledger

/// `logboek actor add ID`: enrols an actor with a new key.
enum ActorAddCommand: Command {
    static let spec = CommandSpec(
        path: ["actor", "add"], abstract: "Enrol an actor with a new key (administrators only).",
        positionals: [PositionalSpec(name: "ID", help: "The new actor's id, a lowercase slug (e.g. lk.bakker).")],
        options: [
            OptionSpec(name: "name", valueName: "NAME", help: "The actor's name."),
            OptionSpec(name: "role", valueName: "ROLE", help: "A role: \(Role.slugList).", repeatable: true),
            OptionSpec(name: "admin", valueName: nil, help: "Let the actor enrol, rotate and revoke others."),
            OptionSpec(name: "qualification", valueName: "Q", help: "A qualification slug, e.g. diagnosis.", repeatable: true),
            CommonOptions.newPassphraseFile, CommonOptions.json,
        ] + CommonOptions.signing,
        discussion: """
            The new key is sealed with the passphrase from --new-passphrase-file, else LOGBOEK_NEW_PASSPHRASE,
            else a prompt (asked twice); the enrolment is signed by --as with their own passphrase. An actor whose role
            coordinates cases (e.g. intern-begeleider) reads every case: the keys of the cases --as reads are sealed to
            them at once, the others at the next read by one of their members.
            Actors are the school's own staff who record: a secondary school's mentor is enrolled with the role mentor.
            Outside parties are not actors: Veilig Thuis, the ondersteuningsteam or ZBO as a body, the buurtcoach or
            jeugdconsulent of the gemeente (seed 000), the jeugdarts when not on the staff, the parents. Name them in a
            payload (--outside-participants, --other-attendees, --outside-consulted) or by a consultation kind
            (e.g. --kind buurtcoach-jeugdconsulent).
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let id = arguments.positionals[0]
        try ActorArguments.checkID(id, command: spec.name)
        let roles = try ActorArguments.roles(arguments.all("role"))
        let name = try arguments.required("name")
        let signer = try Signer.load(arguments, context)
        let key = try SealedKey(newKeyFor: id, passphrase: try Passphrase.forNewKey(id, arguments, context))
        let profile = try ActorProfile(
            id: id, name: name, roles: roles, isAdministrator: arguments.flag("admin"),
            qualifications: arguments.all("qualification"), publicKey: key.publicKey,
            encryptionKey: key.encryptionKey)
        // Checked like every write: a coordinator is sealed the keys of the cases the signer reads before the event.
        let enrolment = RegistryEvent.actorEnrolled(profile)
        let event = try Signer.checkedAppend([EventDraft(enrolment)], arguments, context, signer: signer).append(enrolment, issuing: key)
        RegistryOutput.report(event, summary: "Enrolled \(id) (\(profile.name)) with key \(Fingerprint.of(key.publicKey))", arguments, context)
        return .success
    }
}
