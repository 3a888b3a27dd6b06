extension EventCatalogue {
    /// Opening, redirecting, closing and re-opening a case.
    static let caseLifecycle = [
        EventDefinition(
            "case.opened", dutchName: "dossier geopend", step: "–", summary: "A case about one child is opened.",
            payload: PayloadSchema([
                FieldSpec("childRef", .line, label: "leerlingnummer of interne referentie", summary: "The pupil number or internal reference of the child."),
                FieldSpec("childName", .line, label: "naam van het kind", summary: "The child's name."),
                FieldSpec("birthDate", .date(notInFuture: true), label: "geboortedatum", summary: "The child's date of birth (the age rule for discussing a melding depends on it)."),
                FieldSpec("group", .line, required: false, label: "groep of locatie", summary: "The child's group, class or location."),
                FieldSpec("reason", .text, label: "reden van openen", summary: "Why the case is opened."),
                FieldSpec("openedOn", .date(notInFuture: true), label: "datum van openen", summary: "When the case was opened."),
            ])),
        EventDefinition(
            "case.redirected", dutchName: "signaal buiten het stappenplan doorverwezen", step: "–",
            summary: "Signals outside the stappenplan (violence by staff, between children, by a parent against another's child) are passed on; the case stops here.",
            payload: PayloadSchema([
                FieldSpec("category", .choice(Vocabulary.redirectCategories), label: "soort signaal", summary: "Which signals outside the stappenplan."),
                FieldSpec("reportedTo", .list(.choice(Vocabulary.redirectRecipients), minimum: 1), label: "gemeld aan", summary: "To whom the signals were reported (directie, bestuur, vertrouwensinspecteur)."),
                FieldSpec("reportedOn", .date(notInFuture: true), label: "datum van melden", summary: "When they were reported."),
                FieldSpec("explanation", .text, label: "toelichting", summary: "What was reported and why."),
            ])),
        EventDefinition(
            "case.closed", dutchName: "dossier gesloten", step: "6", summary: "The case is closed.",
            payload: PayloadSchema([
                FieldSpec("reason", .choice(Vocabulary.closingReasons), label: "reden van sluiten", summary: "Why the case is closed."),
                FieldSpec("explanation", .text, label: "toelichting", summary: "The explanation, including agreements on monitoring."),
                FieldSpec("closedOn", .date(notInFuture: true), label: "datum van sluiten", summary: "When the case was closed."),
            ])),
        EventDefinition(
            "case.reopened", dutchName: "dossier heropend", step: "–", summary: "A closed or redirected case is re-opened.",
            payload: PayloadSchema([
                FieldSpec("reason", .text, label: "reden van heropenen", summary: "Why the case is re-opened."),
                FieldSpec("reopenedOn", .date(notInFuture: true), label: "datum van heropenen", summary: "When the case was re-opened."),
            ])),
    ]
}
