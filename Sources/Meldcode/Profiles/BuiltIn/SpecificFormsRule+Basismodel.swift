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
