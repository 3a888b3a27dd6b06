extension EventCatalogue {
    /// One recipient of shared information: an actor of this logbook, or an outside party by role and name.
    static let recipient = PayloadSchema(
        [
            FieldSpec("kind", .choice(Vocabulary.recipientKinds), label: "soort ontvanger", summary: "An actor of this logbook, or an outside party."),
            FieldSpec("actor", .actor, required: false, label: "medewerker", summary: "For an actor: their id."),
            FieldSpec("party", .choice(Vocabulary.outsideParties), required: false, label: "partij", summary: "For an outside party: its role."),
            FieldSpec("name", .line, required: false, label: "naam", summary: "The person's or organisation's name, if known."),
        ],
        conditions: [
            RequiredWhen("kind", is: .string("actor"), require: ["actor"]),
            RequiredWhen("kind", is: .string("outside"), require: ["party"]),
        ])

    /// Telling people: informing the director and the bevoegd gezag (000 l.196, l.220–224; 002 l.80, l.235)
    /// and whoever else is told of the case, so that who knew what when follows from the log.
    static let sharing = [
        EventDefinition(
            "information.shared", dutchName: "informatie gedeeld", step: "any",
            summary: "Someone told others about the case: whom, which records or what in words, when and how.",
            payload: PayloadSchema([
                FieldSpec("sharedBy", .actor, label: "verteld door", summary: "Who told."),
                FieldSpec("recipients", .list(.object(recipient), minimum: 1), label: "aan wie", summary: "Whom they told: actors and outside parties."),
                FieldSpec("sharedOn", .date(notInFuture: true), label: "datum", summary: "When they were told."),
                FieldSpec("means", .choice(Vocabulary.sharingMeans), label: "hoe", summary: "How they were told."),
                FieldSpec("events", .list(.reference(types: []), minimum: 0), required: false, label: "gedeelde vastleggingen", summary: "The seqs of the records they were told of."),
                FieldSpec("about", .text, label: "waarover", summary: "What they were told, in words."),
            ])),
    ]
}
