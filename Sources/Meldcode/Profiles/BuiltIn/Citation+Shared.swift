/// Citations several built-in profiles share, where a school's own meldcode is silent and a national rule applies.
extension Citation {
    /// The afwegingskader is part of every meldcode since 1 January 2019 (003).
    static let afwegingskaderSince2019 = Citation(
        .innoord, 204, 205, "Vanaf 1 januari 2019 wordt deze Meldcode daarom uitgebreid met een afwegingskader")
    /// Veilig Thuis decides within 5 working days and reports back (002, afwegingskader question 3).
    static let veiligThuisFiveWorkingDays = Citation(
        .klimtoren, 249, 249, "melden bij Veilig Thuis, die binnen 5 werkdagen een besluit neemt en terugkoppelt naar de melder")
    /// The basismodel: under 12, the melding is discussed with the parents.
    static let basismodelUnderTwelve = Citation(
        .basismodel, 277, 278,
        "Is de cliënt nog geen 12 jaar oud, dan voert de beroepskracht het gesprek zoals hierboven beschreven met de ouder(s) van de cliënt")
    /// The basismodel: from 12 the client, and the parent while the client is under 16.
    static let basismodelFromTwelve = Citation(
        .basismodel, 563, 564,
        "Bespreek uw melding vooraf met uw cliënt (vanaf 12 jaar) en of met de ouder (als de cliënt nog geen 16 jaar oud is)")
}

extension RecordingRule {
    /// No seed sets a term for recording; the logbook's default.
    static func defaultTerm(_ citations: [Citation]) -> RecordingRule {
        RecordingRule(
            lateAfterWorkingDays: 5, citations: citations,
            note: "No seed sets a term for recording; the seeds ask that signals, contacts, steps and decisions be recorded. "
                + "Five working days is this logbook's default, the term the afwegingskader gives Veilig Thuis (002, line 249).")
    }
}

extension SpecificFormsRule {
    /// The basismodel's rule: female genital mutilation and honour-related violence call for specific expertise.
    static let basismodel = SpecificFormsRule(
        adviceRequiredFor: [.eergerelateerdGeweld, .vrouwelijkeGenitaleVerminking],
        citations: [
            Citation(
                .basismodel, 125, 127,
                "Bij een vermoeden van (dreigende) vrouwelijke genitale verminking of eer gerelateerd geweld zal doorgaans een beroep moeten worden gedaan op specifieke expertise"),
            Citation(.basismodel, 129, 131, "Vermoedt het Advies- en Meldpunt Veilig Thuis Twente eermotieven achter het (dreigende) geweld"),
        ])
}

extension AgeRule {
    /// The basismodel's bands: under 12 the parents; 12 to 15 the child and/or the parent; 16 and older the child.
    static let basismodel = AgeRule(
        bands: [AgeBand(0, 11, .parents), AgeBand(12, 15, .childOrParents), AgeBand(16, nil, .child)],
        citations: [.basismodelUnderTwelve, .basismodelFromTwelve],
        note: "From 16 the melding is discussed with the child alone: the parent is named only while the child is under 16.")
}
