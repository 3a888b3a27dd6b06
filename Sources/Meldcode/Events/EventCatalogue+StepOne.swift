extension EventCatalogue {
    /// The source of a piece of information: oneself, or a third party with name or role and date (002 line 74).
    static let source = PayloadSchema(
        [
            FieldSpec("kind", .choice(Vocabulary.sourceKinds), label: "bron", summary: "Whether the author saw or heard it, or a third party told it.", refusal: .sourceMissing),
            FieldSpec("party", .line, required: false, label: "naam of functie van de derde", summary: "For a third party: their name or role.", refusal: .sourceMissing),
            FieldSpec("date", .date(notInFuture: true), required: false, label: "datum van de informatie", summary: "For a third party: when they gave the information; the school knows it from then on.", refusal: .sourceMissing),
            FieldSpec(
                "receivedBy", .actor, required: false, label: "aangenomen door",
                summary: "For a third party: who at the school took the information (an actor), when not the author."),
        ],
        conditions: [RequiredWhen("kind", is: .string("third-party"), require: ["party", "date"], refusal: .sourceMissing)])

    /// One answered item of the signaleringslijst.
    static let checklistAnswer = PayloadSchema([
        FieldSpec("item", .choice(Signaleringslijst.items), label: "signaal uit de signaleringslijst", summary: "The item, as domain-number (e.g. opvoeding-3)."),
        FieldSpec("answer", .choice(Vocabulary.answers), label: "ja of nee", summary: "Whether the item applies."),
        FieldSpec("remark", .text, required: false, label: "aanvulling", summary: "A remark."),
    ])

    /// Step 1: signals, the signaleringslijst, hypotheses and diagnoses.
    static let stepOne = [
        EventDefinition(
            "signal.recorded", dutchName: "signaal vastgelegd", step: "1", summary: "A signal, described as factually as possible.",
            payload: PayloadSchema([
                FieldSpec("description", .text, label: "feitelijke beschrijving", summary: "What was seen or heard, as factually as possible."),
                FieldSpec("observedOn", .date(notInFuture: true), label: "datum van waarneming", summary: "When it was observed."),
                FieldSpec("kind", .choice(Vocabulary.signalKinds), label: "soort signaal", summary: "A fact, an observation, or the child's own words."),
                FieldSpec("stance", .choice(Vocabulary.stances), label: "bevestigt of ontkracht", summary: "Whether it supports or contradicts the concern."),
                FieldSpec("source", .object(source), label: "bron", summary: "Who it comes from.", refusal: .sourceMissing),
                FieldSpec("checklistItem", .choice(Signaleringslijst.items), required: false, label: "signaleringslijst", summary: "The item of the signaleringslijst it belongs to."),
            ])),
        EventDefinition(
            "checklist.completed", dutchName: "signaleringslijst ingevuld", step: "1", summary: "The signaleringslijst of seed 002 (Bijlage 2).",
            payload: PayloadSchema([
                FieldSpec("completedOn", .date(notInFuture: true), label: "invuldatum", summary: "When the list was filled in."),
                FieldSpec("location", .line, required: false, label: "locatie", summary: "The location."),
                FieldSpec("group", .line, required: false, label: "groep", summary: "The group."),
                FieldSpec("answers", .list(.object(checklistAnswer), minimum: 1), label: "signalen", summary: "The items answered yes or no, with remarks."),
                FieldSpec("measuresTaken", .text, required: false, label: "specifieke en andere signalen", summary: "What the location or an outside organisation did about the problem; any diagnosis."),
                FieldSpec("problemDescription", .text, required: false, label: "probleembeschrijving", summary: "What the concern is, how often, since when."),
                FieldSpec("earlierHelp", .text, required: false, label: "eerdere of lopende hulp", summary: "Earlier or ongoing attention, assessment, help or guidance."),
                FieldSpec("childNeeds", .text, required: false, label: "wat het kind nodig heeft", summary: "What support, care or help the child needs."),
            ])),
        EventDefinition(
            "hypothesis.recorded", dutchName: "hypothese vastgelegd", step: "1", summary: "A hypothesis or assumption, recorded as one.",
            payload: PayloadSchema([
                FieldSpec("statement", .text, label: "hypothese of veronderstelling", summary: "The hypothesis."),
                FieldSpec("signals", .list(.reference(types: ["signal.recorded"]), minimum: 1), label: "signalen", summary: "The seqs of the signals it rests on."),
                FieldSpec("formedOn", .date(notInFuture: true), label: "datum", summary: "When the hypothesis was formed."),
            ])),
        settlement("hypothesis.confirmed", dutchName: "hypothese bevestigd", verb: "confirmed"),
        settlement("hypothesis.refuted", dutchName: "hypothese ontkracht", verb: "refuted"),
        EventDefinition(
            "diagnosis.recorded", dutchName: "diagnose vastgelegd", step: "1", summary: "A diagnosis made by a qualified professional.",
            payload: PayloadSchema([
                FieldSpec("diagnosis", .text, label: "diagnose", summary: "The diagnosis as the professional gave it."),
                FieldSpec("madeBy", .line, label: "gesteld door", summary: "The name of the professional who made it.", refusal: .diagnosisUnqualified),
                FieldSpec("profession", .choice(Vocabulary.qualifiedProfessions), label: "beroep", summary: "Their qualified profession.", refusal: .diagnosisUnqualified),
                FieldSpec("organisation", .line, label: "organisatie", summary: "Their organisation."),
                FieldSpec("madeOn", .date(notInFuture: true), label: "datum", summary: "When the diagnosis was made."),
                FieldSpec("sourceDocument", .line, label: "brondocument", summary: "The report or letter it comes from."),
            ])),
    ]

    private static func settlement(_ type: String, dutchName: String, verb: String) -> EventDefinition {
        EventDefinition(
            type, dutchName: dutchName, step: "1", summary: "A follow-up note: a hypothesis is \(verb) (the original stays as it was).",
            payload: PayloadSchema([
                FieldSpec("hypothesis", .reference(types: ["hypothesis.recorded"]), label: "hypothese", summary: "The seq of the hypothesis."),
                FieldSpec("reason", .text, label: "waarom", summary: "Why it is \(verb)."),
                FieldSpec("evidence", .list(.reference(types: []), minimum: 1), label: "onderbouwing", summary: "The seqs of the events that show it."),
                FieldSpec("settledOn", .date(notInFuture: true), label: "datum", summary: "When it was \(verb)."),
            ]))
    }
}
