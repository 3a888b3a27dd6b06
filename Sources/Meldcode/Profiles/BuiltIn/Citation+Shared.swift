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
