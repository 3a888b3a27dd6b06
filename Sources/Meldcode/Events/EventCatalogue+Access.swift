extension EventCatalogue {
    /// Need to know and erasure: access to a case granted and withdrawn, each read of its content, its erasure, and
    /// each use of the recovery key.
    /// Grants, withdrawals and erasures live in stream `logbook`, in plain text: the verifier checks from them who
    /// may sign in each case, and an erasure stays readable once the case's keys are gone.
    static let access = [
        EventDefinition(
            "case.access_granted", dutchName: "toegang verleend", step: "any",
            summary: "A coordinator gave someone access to a case's content.",
            scope: .logbook,
            payload: PayloadSchema([
                FieldSpec("case", .line, label: "dossier", summary: "The case id."),
                FieldSpec("actor", .actor, label: "toegang voor", summary: "Who may now read the case."),
                FieldSpec("reason", .text, label: "reden", summary: "Why they need to know (readable by the verifier: no content of the case, no names)."),
                FieldSpec("grantedOn", .date(notInFuture: true), label: "datum", summary: "When access was given."),
            ])),
        EventDefinition(
            "case.access_withdrawn", dutchName: "toegang ingetrokken", step: "any",
            summary: "A coordinator withdrew someone's access to a case; its later events are sealed with a new key.",
            scope: .logbook,
            payload: PayloadSchema([
                FieldSpec("case", .line, label: "dossier", summary: "The case id."),
                FieldSpec("actor", .actor, label: "toegang van", summary: "Whose access ends."),
                FieldSpec("reason", .text, label: "reden", summary: "Why (readable by the verifier: no content of the case, no names)."),
                FieldSpec("withdrawnOn", .date(notInFuture: true), label: "datum", summary: "When access ended."),
            ])),
        EventDefinition(
            "case.viewed", dutchName: "dossier ingezien", step: "any",
            summary: "Someone read the case's content in Logboek: which command and which records it showed.",
            payload: PayloadSchema([
                FieldSpec("command", .line, label: "opdracht", summary: "The command that showed the content, e.g. `case show`."),
                FieldSpec(
                    "through", .reference(types: []), required: false, label: "ingezien tot en met",
                    summary: "The read showed every record of the case up to and including this seq (case show, status, knowledge, evaluate)."),
                FieldSpec(
                    "events", .list(.reference(types: []), minimum: 0), required: false, label: "ingeziene vastleggingen",
                    summary: "The seqs of the records the read showed, when it showed only some (a report)."),
                FieldSpec("viewedOn", .date(notInFuture: true), label: "datum", summary: "When the case was read."),
            ])),
        EventDefinition(
            "case.erased", dutchName: "dossier gewist", step: "–",
            summary: "The content of a case was destroyed (its keys), at the end of the retention period or on a lawful request.",
            scope: .logbook,
            payload: PayloadSchema([
                FieldSpec("case", .line, label: "dossier", summary: "The case id."),
                FieldSpec("ground", .choice(Vocabulary.erasureGrounds), label: "grond", summary: "Retention period ended, or a request."),
                FieldSpec("reason", .text, label: "toelichting", summary: "The legal ground or request in words (no names)."),
                FieldSpec("erasedOn", .date(notInFuture: true), label: "datum", summary: "When the content was destroyed."),
            ])),
        EventDefinition(
            "case.keys_recovered", dutchName: "sleutels hersteld", step: "–",
            summary: "An administrator used the recovery key to seal cases' keys again to their members (after a forgotten passphrase).",
            scope: .logbook,
            payload: PayloadSchema([
                FieldSpec("cases", .list(.line, minimum: 1), label: "dossiers", summary: "The case ids whose keys were sealed again."),
                FieldSpec("reason", .text, label: "reden", summary: "Why the recovery key was used (no content of a case, no names)."),
                FieldSpec("recoveredOn", .date(notInFuture: true), label: "datum", summary: "When the keys were sealed again."),
            ])),
    ]
}
