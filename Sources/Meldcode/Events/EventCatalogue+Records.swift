extension EventCatalogue {
    /// Records that fit any step: informing parents, notes, corrections and issued reports.
    static let records = [
        EventDefinition(
            "parents.informed", dutchName: "ouders geïnformeerd", step: "any", summary: "The parents were told something.",
            payload: PayloadSchema([
                FieldSpec("about", .text, label: "waarover", summary: "What they were told."),
                FieldSpec("informedBy", .actor, label: "door wie", summary: "Who told them."),
                FieldSpec("informedOn", .date(notInFuture: true), label: "datum", summary: "When."),
                FieldSpec("events", .list(.reference(types: []), minimum: 0), required: false, label: "gedeelde vastleggingen", summary: "The seqs of the records they were told of."),
            ])),
        EventDefinition(
            "note.recorded", dutchName: "aantekening", step: "any", summary: "A contact about the signals that fits nowhere else.",
            payload: PayloadSchema([
                FieldSpec("text", .text, label: "aantekening", summary: "The note."),
                FieldSpec("contactOn", .date(notInFuture: true), label: "datum van het contact", summary: "When the contact took place."),
                FieldSpec("contacts", .list(.line, minimum: 0), required: false, label: "met wie", summary: "With whom, by name or role."),
            ])),
        EventDefinition(
            "record.corrected", dutchName: "correctie", step: "any", summary: "A correction of an earlier record (the original is never changed).",
            payload: PayloadSchema([
                FieldSpec("corrects", .reference(types: []), label: "gecorrigeerde vastlegging", summary: "The seq of the record corrected."),
                FieldSpec("correction", .text, label: "correctie", summary: "The correction."),
                FieldSpec(
                    "field", .line, required: false, label: "gecorrigeerd veld",
                    summary: "The member corrected, as its flag or its path in the payload (observed-on, source.date); every projection then reads the new value, and the original stays visible as corrected."),
                FieldSpec("value", .line, required: false, label: "nieuwe waarde", summary: "The member's new value (with field)."),
                FieldSpec("reason", .text, label: "reden", summary: "Why."),
                FieldSpec("correctedOn", .date(notInFuture: true), label: "datum", summary: "When the error was found and corrected."),
            ])),
        EventDefinition(
            "report.issued", dutchName: "verslag uitgereikt", step: "any",
            summary: "A report of the case was issued to someone (who received what is part of the record).",
            payload: PayloadSchema([
                FieldSpec("kind", .choice(Vocabulary.reportKinds), label: "soort verslag", summary: "Which report."),
                FieldSpec("recipient", .line, label: "ontvanger", summary: "To whom it was issued, by name or role."),
                FieldSpec("asOf", .integer(minimum: 0), label: "stand tot en met vastlegging", summary: "The last seq the report was computed from."),
                FieldSpec("seqs", .list(.reference(types: []), minimum: 0), label: "opgenomen vastleggingen", summary: "The seqs of the events the report holds."),
                FieldSpec("documentSHA256", .line, label: "SHA-256 van het document", summary: "The hex SHA-256 of the document issued."),
                FieldSpec("bundleSHA256", .line, required: false, label: "SHA-256 van de bewijsbundel", summary: "The hex SHA-256 of the evidence bundle issued with it."),
                FieldSpec("issuedOn", .date(notInFuture: true), label: "datum", summary: "When it was handed over."),
                FieldSpec(
                    "decisions", .list(.object(reportDecision), minimum: 0), required: false, label: "besluiten over wat de ouders krijgen",
                    summary: "For a protected parents' report: each item shown, redacted or withheld, and on which ground (AVG art. 23, UAVG art. 41)."),
            ])),
    ]

    /// One decision of a protected parents' report: an item released, redacted or withheld, and why.
    static let reportDecision = PayloadSchema([
        FieldSpec("seq", .reference(types: []), label: "vastlegging", summary: "The item."),
        FieldSpec("decision", .choice(Vocabulary.reportDecisions), label: "besluit", summary: "Shown whole, shown redacted, or withheld."),
        FieldSpec("ground", .text, label: "grond", summary: "The school's reason, or the ground it was withheld on."),
    ])
}
