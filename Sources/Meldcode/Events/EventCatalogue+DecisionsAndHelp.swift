extension EventCatalogue {
    /// The records a melding may report as facts: what was seen or heard (004 lines 164-167), not a hypothesis,
    /// a weighing, advice or a decision.
    static let factTypes = [
        "signal.recorded", "checklist.completed", "conversation.held", "diagnosis.recorded", "help.evaluated", "followup.recorded", "note.recorded",
    ]

    /// Step 5 (deciding, help, the melding) and step 6 (following up).
    static let decisionsAndHelp = [
        EventDefinition(
            "decision.recorded", dutchName: "besluit", step: "5",
            summary: "An answer to afweging 3, 4 or 5, or the decision on a melding; it stands when one of its deciders signs it, else once one confirms it (decision.confirmed).",
            payload: PayloadSchema([
                FieldSpec("question", .choice(Vocabulary.decisionQuestions), label: "vraag", summary: "Which question is answered."),
                FieldSpec("answer", .choice(Vocabulary.answers), label: "antwoord", summary: "The answer."),
                FieldSpec("decidedOn", .date(notInFuture: true), label: "datum", summary: "When."),
                FieldSpec("decidedBy", .list(.actor, minimum: 1), label: "besloten door", summary: "Who decided."),
                FieldSpec("consulted", .list(.actor, minimum: 0), required: false, label: "geraadpleegd op school", summary: "Actors consulted."),
                FieldSpec("outsideConsulted", .list(.line, minimum: 0), required: false, label: "geraadpleegd van buiten", summary: "Others consulted, by role."),
                FieldSpec("forum", .choice(Vocabulary.forums), required: false, label: "waar besloten", summary: "The forum that decided (the profile's forum by name, e.g. zbo), or individueel."),
                FieldSpec(
                    "melder", .line, required: false, label: "wie meldt",
                    summary: "For a decision to make a melding: who will make it, an actor id or an outside party by role (003 l.309-314: agreed in the ZBO)."),
                FieldSpec(
                    "informsParents", .line, required: false, label: "wie informeert de ouders",
                    summary: "Who tells the parents of the outcome and of the melding, an actor id or an outside party by role (003 l.158-159)."),
                FieldSpec("meldnorm", .choice(Vocabulary.meldnormen), required: false, label: "meldnorm", summary: "The meldnorm that applies, if any."),
                FieldSpec("rationale", .text, label: "onderbouwing", summary: "Why."),
            ])),
        EventDefinition(
            "decision.confirmed", dutchName: "besluit bevestigd", step: "5",
            summary: "One of a decision's deciders confirms, with their own key, a decision someone else recorded in their name (002 lines 153, 207).",
            payload: PayloadSchema([
                FieldSpec("decision", .reference(types: ["decision.recorded"]), label: "besluit", summary: "The seq of the decision confirmed."),
                FieldSpec("confirmedOn", .date(notInFuture: true), label: "datum", summary: "When it was confirmed."),
                FieldSpec("remark", .text, required: false, label: "opmerking", summary: "A remark."),
            ])),
        EventDefinition(
            "help.organised", dutchName: "hulp georganiseerd", step: "5", summary: "Help is started, with a term and a case manager.",
            payload: PayloadSchema([
                FieldSpec("help", .text, label: "welke hulp", summary: "What help."),
                FieldSpec("providedBy", .line, label: "door wie", summary: "Who provides it."),
                FieldSpec("caseManager", .line, label: "casusregisseur", summary: "The case manager."),
                FieldSpec("startsOn", .date(notInFuture: false), label: "start van de hulp", summary: "When the help starts."),
                FieldSpec("term", .date(notInFuture: false), label: "termijn", summary: "The date by which the effect must show."),
                FieldSpec("rolesAndTasks", .text, label: "rollen en taken", summary: "Who does what."),
                FieldSpec("agreedWith", .list(.line, minimum: 1), label: "afgesproken met", summary: "With whom it was agreed (e.g. ouders)."),
                FieldSpec("decision", .reference(types: ["decision.recorded"]), required: false, label: "besluit", summary: "The seq of the decision it follows."),
            ])),
        EventDefinition(
            "help.evaluated", dutchName: "hulp geëvalueerd", step: "5", summary: "Whether the help reached its result within its term.",
            payload: PayloadSchema([
                FieldSpec("help", .reference(types: ["help.organised"]), label: "hulp", summary: "The seq of the help."),
                FieldSpec("evaluatedOn", .date(notInFuture: true), label: "datum", summary: "When."),
                FieldSpec("resultReached", .boolean, label: "resultaat bereikt", summary: "Whether the agreed result was reached."),
                FieldSpec("explanation", .text, label: "toelichting", summary: "What was seen."),
            ])),
        EventDefinition(
            "melding.discussed", dutchName: "voorgenomen melding besproken", step: "5",
            summary: "The intended melding is discussed with the child and/or parents, or skipped for a permitted reason.",
            payload: PayloadSchema(
                [
                    FieldSpec("with", .choice(Vocabulary.conversationPartners), label: "besproken met", summary: "With whom (by the child's age)."),
                    FieldSpec("discussed", .boolean, label: "besproken", summary: "Whether it was discussed (false: skipped)."),
                    FieldSpec("heldOn", .date(notInFuture: true), label: "datum", summary: "When it was discussed, or decided not to discuss it."),
                    FieldSpec("reaction", .text, required: false, label: "reactie", summary: "The reaction."),
                    FieldSpec("objections", .text, required: false, label: "bezwaren", summary: "Objections raised."),
                    FieldSpec("objectionsHandling", .text, required: false, label: "omgang met bezwaren", summary: "How they were met, or weighed against the need to protect."),
                    FieldSpec("skipReason", .choice(Vocabulary.skipReasons), required: false, label: "reden om niet te bespreken", summary: "The permitted reason for not discussing it.", refusal: .skipReasonNotPermitted),
                    FieldSpec("explanation", .text, required: false, label: "toelichting", summary: "The explanation."),
                ],
                conditions: [
                    RequiredWhen("discussed", is: .bool(true), require: ["reaction"]),
                    RequiredWhen("discussed", is: .bool(false), require: ["skipReason", "explanation"], refusal: .skipReasonNotPermitted),
                ])),
        EventDefinition(
            "melding.made", dutchName: "melding bij Veilig Thuis", step: "5", summary: "A melding to Veilig Thuis.",
            payload: PayloadSchema(
                [
                    FieldSpec("veiligThuis", .line, label: "Veilig Thuis (regio)", summary: "Which Veilig Thuis."),
                    FieldSpec("madeBy", .actor, label: "melder", summary: "Who made the melding."),
                    FieldSpec("madeOn", .date(notInFuture: true), label: "datum", summary: "When."),
                    FieldSpec("anonymous", .boolean, label: "anoniem tegenover het gezin", summary: "Whether the melder stays anonymous towards the family."),
                    FieldSpec("anonymityReason", .choice(Vocabulary.anonymityReasons), required: false, label: "reden van anonimiteit", summary: "The permitted reason for anonymity.", refusal: .anonymityReasonMissing),
                    FieldSpec("facts", .list(.reference(types: factTypes), minimum: 1), label: "gemelde feiten", summary: "The seqs of the facts included: what was seen or heard, never a hypothesis or an interpretation.", refusal: .notAFact),
                    FieldSpec("otherSources", .list(.line, minimum: 0), required: false, label: "andere bronnen", summary: "Other sources named in the melding."),
                    FieldSpec("schoolContinues", .text, label: "wat de school blijft doen", summary: "What the school keeps doing, as agreed with Veilig Thuis."),
                    FieldSpec("decision", .reference(types: ["decision.recorded"]), required: false, label: "besluit", summary: "The seq of the decision to make it."),
                ] + meldingFormFields,
                conditions: [RequiredWhen("anonymous", is: .bool(true), require: ["anonymityReason"], refusal: .anonymityReasonMissing)])),
        EventDefinition(
            "veiligthuis.feedback", dutchName: "terugkoppeling Veilig Thuis", step: "5", summary: "What Veilig Thuis decided and reported back.",
            payload: PayloadSchema([
                FieldSpec("receivedOn", .date(notInFuture: true), label: "ontvangen op", summary: "When the feedback was received."),
                FieldSpec("decision", .text, label: "besluit Veilig Thuis", summary: "What Veilig Thuis decided."),
                FieldSpec("melding", .reference(types: ["melding.made"]), required: false, label: "melding", summary: "The seq of the melding it answers."),
            ])),
        EventDefinition(
            "verwijsindex.weighed", dutchName: "verwijsindex gewogen", step: "–", summary: "Whether the child is registered in the verwijsindex, and why.",
            payload: PayloadSchema([
                FieldSpec("registered", .boolean, label: "geregistreerd", summary: "Whether the child was registered."),
                FieldSpec("weighedOn", .date(notInFuture: true), label: "datum", summary: "When."),
                FieldSpec("reason", .text, label: "reden", summary: "Why (not)."),
            ])),
        EventDefinition(
            "followup.recorded", dutchName: "vervolg", step: "6", summary: "What was seen of the effects.",
            payload: PayloadSchema([
                FieldSpec("observedOn", .date(notInFuture: true), label: "datum", summary: "When."),
                FieldSpec("effects", .text, label: "effecten", summary: "What was seen of the effects."),
                FieldSpec("help", .reference(types: ["help.organised"]), required: false, label: "hulp", summary: "The seq of the help followed."),
            ])),
    ]
}
