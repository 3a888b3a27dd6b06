extension EventCatalogue {
    /// Step 2 (consultation), step 3 (conversation) and step 4 (weighing).
    static let conversationsAndWeighing = [
        EventDefinition(
            "consultation.held", dutchName: "collegiale consultatie", step: "2", summary: "A consultation about the signals.",
            payload: PayloadSchema([
                FieldSpec("kind", .choice(Vocabulary.consultationKinds), label: "soort consultatie", summary: "Whom the signals were discussed with."),
                FieldSpec("heldOn", .date(notInFuture: true), label: "datum", summary: "When."),
                FieldSpec("participants", .list(.actor, minimum: 0), required: false, label: "deelnemers van de school", summary: "Participants who are actors of this logbook."),
                FieldSpec("outsideParticipants", .list(.line, minimum: 0), required: false, label: "deelnemers van buiten", summary: "Other participants, by role (e.g. Veilig Thuis adviseur)."),
                FieldSpec("anonymous", .boolean, label: "gezin zonder namen besproken", summary: "Whether the client data were anonymous."),
                FieldSpec("signalsDiscussed", .list(.reference(types: ["signal.recorded"]), minimum: 0), required: false, label: "besproken signalen", summary: "The seqs of the signals discussed."),
                FieldSpec("advice", .text, label: "advies", summary: "The advice given."),
            ])),
        EventDefinition(
            "conversation.held", dutchName: "gesprek met kind of ouders", step: "3", summary: "A conversation with the child and/or the parents.",
            payload: PayloadSchema(
                [
                    FieldSpec("with", .choice(Vocabulary.conversationPartners), label: "gesprek met", summary: "With whom."),
                    FieldSpec("heldOn", .date(notInFuture: true), label: "datum", summary: "When."),
                    FieldSpec("attendees", .list(.actor, minimum: 0), required: false, label: "aanwezig van de school", summary: "Actors who attended."),
                    FieldSpec("otherAttendees", .list(.line, minimum: 0), required: false, label: "overige aanwezigen", summary: "Others who attended, by role (e.g. moeder)."),
                    FieldSpec("purposeExplained", .boolean, label: "doel uitgelegd", summary: "Whether the purpose of the conversation was explained."),
                    FieldSpec("factsPresented", .list(.reference(types: []), minimum: 0), required: false, label: "besproken feiten", summary: "The seqs of the facts and observations presented."),
                    FieldSpec("reaction", .text, label: "reactie", summary: "The reaction."),
                    FieldSpec("interpretation", .text, required: false, label: "interpretatie", summary: "The interpretation given, only after the reaction."),
                    FieldSpec("parentsToldBeforehand", .boolean, required: false, label: "ouders vooraf ingelicht", summary: "For a conversation with the child: whether the parents were told beforehand."),
                    FieldSpec("notToldReason", .text, required: false, label: "reden ouders niet ingelicht", summary: "Why the parents were not told beforehand."),
                ],
                conditions: [
                    RequiredWhen("with", is: .string("child"), require: ["parentsToldBeforehand"]),
                    RequiredWhen("parentsToldBeforehand", is: .bool(false), require: ["notToldReason"]),
                ])),
        EventDefinition(
            "conversation.skipped", dutchName: "gesprek achterwege gelaten", step: "3", summary: "A conversation is skipped, for a permitted reason.",
            payload: PayloadSchema([
                FieldSpec("with", .choice(Vocabulary.conversationPartners), label: "gesprek met", summary: "With whom the conversation is skipped."),
                FieldSpec("reason", .choice(Vocabulary.conversationSkipReasons), label: "reden", summary: "The permitted reason (child-age-or-development only for a conversation with the child).", refusal: .skipReasonNotPermitted),
                FieldSpec("explanation", .text, label: "toelichting", summary: "The explanation."),
                FieldSpec("skippedOn", .date(notInFuture: true), label: "datum", summary: "When it was decided to skip the conversation."),
            ])),
        EventDefinition(
            "weighing.recorded", dutchName: "weging (afwegingskader)", step: "4", summary: "Afwegingen 1 and 2 of the afwegingskader.",
            payload: PayloadSchema(
                [
                    FieldSpec("weighedOn", .date(notInFuture: true), label: "datum", summary: "When."),
                    FieldSpec("afweging1", .choice(Vocabulary.afweging1), label: "afweging 1: vermoeden", summary: "No concern, or a strong suspicion."),
                    FieldSpec("afweging2", .choice(Vocabulary.afweging2), required: false, label: "afweging 2: veiligheid", summary: "Acute and/or structural unsafety, or doubt."),
                    FieldSpec("specificForms", .list(.choice(Vocabulary.specificForms), minimum: 0), required: false, label: "specifieke vormen van geweld", summary: "Specific forms of violence involved."),
                    FieldSpec("riskInstrument", .line, required: false, label: "risicotaxatie-instrument", summary: "The risk instrument used."),
                    FieldSpec("riskOutcome", .text, required: false, label: "uitkomst risicotaxatie", summary: "Its outcome."),
                    FieldSpec("participants", .list(.actor, minimum: 0), required: false, label: "deelnemers van de school", summary: "Actors who weighed."),
                    FieldSpec("forum", .choice(Vocabulary.forums), required: false, label: "waar gewogen", summary: "The forum that weighed (the profile's forum by name, e.g. zbo), or individueel."),
                    FieldSpec("outsideParticipants", .list(.line, minimum: 0), required: false, label: "deelnemers van buiten", summary: "Others who weighed, by role (e.g. ZBO, jeugdarts)."),
                    FieldSpec(
                        "discussed", .list(.reference(types: []), minimum: 0), required: false, label: "besproken vastleggingen",
                        summary: "The seqs of what was discussed at the weighing (signals, consultations and their advice, conversations); those present know them from then on (003 l.141-144)."),
                    FieldSpec("rationale", .text, label: "onderbouwing", summary: "Why."),
                ],
                conditions: [RequiredWhen("afweging1", is: .string("strong-suspicion"), require: ["afweging2"])])),
    ]
}
