import Ledger
import Meldcode
import Sodium

/// Writes the example school's logbook: creates it, enrols the staff, adopts the school's profile, then
/// records every event of every example case at its scripted moment, checked and sealed exactly as
/// `logboek record` does it (the meldcode's admission rules against the cases so far, then the ledger's).
struct ExampleBuilder {
    /// The school.
    let school: ExampleSchool
    /// The cases, whose events are recorded in the order of their moments.
    let cases: [ExampleCase]

    /// Builds the logbook in an empty folder.
    /// - Returns: How many events the log holds.
    func build(at layout: LogbookLayout) throws -> Int {
        let clock = ScriptedClock(school.createdAt)
        let writer = try createLogbook(at: layout, clock: clock)
        var labels = [[String: Int]](repeating: [:], count: cases.count)
        for (index, step) in timeline() {
            let file = cases[index]
            let payload = try ExampleCase.resolve(.object(step.payload), labels: labels[index], in: file.name)
            let draft = EventDraft(type: step.type, stream: "case/\(file.caseID)", payload: payload.objectValue ?? [:])
            guard let member = school.cast.first(where: { $0.profile.id == step.author }) else {
                throw ExampleError(description: "\(file.name): '\(step.author)' is not in the cast")
            }
            clock.set(step.at)
            let seq = writer.state.nextSeq
            do {
                let keys = ActorKeys(signing: member.key, encryption: member.encryptionKey)
                _ = try CheckedAppend([draft], writer: writer, author: step.author, keys: keys, now: step.at).append([draft])
            } catch let error as MeldcodeError {
                throw ExampleError(description: "\(file.name), \(step.type) at \(step.at): \(error.message) (\(error.code))")
            }
            if let label = step.label { labels[index][label] = seq }
        }
        return writer.state.nextSeq
    }

    /// Every event of every case, ordered by its moment (a case's own order kept for equal moments).
    private func timeline() -> [(Int, ExampleCase.Step)] {
        cases.indices.flatMap { index in cases[index].steps.map { (index, $0) } }
            .enumerated().sorted { ($0.element.1.at, $0.offset) < ($1.element.1.at, $1.offset) }.map(\.element)
    }

    /// Creates the logbook, seals every member's key with their passphrase, enrols the staff and adopts
    /// the school's profile.
    private func createLogbook(at layout: LogbookLayout, clock: ScriptedClock) throws -> LogWriter {
        guard let administrator = school.cast.first else { throw ExampleError(description: "the school has no staff") }
        let writer = try LogWriter.create(
            at: layout, organisation: school.organisation, administrator: administrator.profile, signingKey: administrator.key,
            recoveryKey: X25519SecretKey().publicKey, clock: clock, rules: CaseAuthority())
        let keys = KeyStore(layout: layout)
        for member in school.cast {
            try keys.store(member.key, encryptionKey: member.encryptionKey, for: member.profile.id, passphrase: try SecretBytes(copying: member.passphrase))
        }
        let enrolments = school.cast.dropFirst().map { EventDraft(.actorEnrolled($0.profile)) }
        try writer.append(enrolments, author: administrator.profile.id, signingKey: administrator.key)
        let adoption = ProfileAdoption.draft(adopting: school.profile, reason: "protocol van de school")
        _ = try ProfileAdoption.validate(adoption, author: administrator.profile.id, registry: writer.state.registry)
        try writer.append([adoption], author: administrator.profile.id, signingKey: administrator.key)
        return writer
    }
}
