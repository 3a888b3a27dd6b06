extension EventCatalogue {
    /// What a Veilig Thuis meldformulier for professionals asks on its first screen beyond the melding itself: when and
    /// how the melding was made, how Veilig Thuis reaches the melder, where the child is now, and the concern in one
    /// paragraph (all optional, so a melding recorded before them stays valid).
    static let meldingFormFields = [
        FieldSpec("madeAt", .line, required: false, label: "tijdstip", summary: "The time of the melding, e.g. 14.00."),
        FieldSpec("channel", .choice(Vocabulary.meldingChannels), required: false, label: "hoe gemeld", summary: "By telephone, the online form, e-mail or in person."),
        FieldSpec("melderPhone", .line, required: false, label: "telefoon van de melder", summary: "How Veilig Thuis reaches the melder by telephone."),
        FieldSpec("melderEmail", .line, required: false, label: "e-mail van de melder", summary: "How Veilig Thuis reaches the melder by e-mail."),
        FieldSpec("childWhereabouts", .text, required: false, label: "waar het kind nu is", summary: "Where the child is now, and with whom."),
        FieldSpec("concern", .text, required: false, label: "de zorg in één alinea", summary: "The concern in one paragraph, for the form's first screen."),
    ]

    /// The people around the child: parents and carers (with or without gezag), siblings, who lives in the household,
    /// and the support network (wijkteam, huisarts, help already there). Recorded, and corrected, like every event.
    static let people = [
        EventDefinition(
            "people.recorded", dutchName: "betrokkenen vastgelegd", step: "1",
            summary: "The parents or carers, siblings and household of the child, and their support network.",
            payload: PayloadSchema([
                FieldSpec("notedOn", .date(notInFuture: true), label: "datum", summary: "When the school noted who is around the child."),
                FieldSpec("people", .list(.object(person), minimum: 1), label: "betrokkenen", summary: "Each person around the child."),
                FieldSpec("supportNetwork", .list(.object(supporter), minimum: 0), required: false, label: "ondersteunend netwerk", summary: "Who already helps or supports the family."),
            ])),
    ]

    /// One person around the child.
    static let person = PayloadSchema([
        FieldSpec("name", .line, label: "naam", summary: "The person's name."),
        FieldSpec("relation", .choice(Vocabulary.relations), label: "relatie tot het kind", summary: "Mother, father, carer, sibling…"),
        FieldSpec("custody", .boolean, required: false, label: "heeft gezag", summary: "Whether the person holds parental authority (gezag)."),
        FieldSpec("livesWithChild", .boolean, required: false, label: "woont bij het kind", summary: "Whether the person lives in the child's household."),
        FieldSpec("address", .line, required: false, label: "adres", summary: "The address."),
        FieldSpec("phone", .line, required: false, label: "telefoon", summary: "A telephone number."),
        FieldSpec("birthDate", .date(notInFuture: true), required: false, label: "geboortedatum", summary: "For a child: the date of birth."),
    ])

    /// One party of the support network.
    static let supporter = PayloadSchema([
        FieldSpec("party", .line, label: "wie", summary: "The party, e.g. wijkteam Noord, huisarts Van Dam."),
        FieldSpec("help", .text, required: false, label: "wat zij doen", summary: "What they do for the family."),
        FieldSpec("contact", .line, required: false, label: "contact", summary: "How to reach them."),
    ])
}
