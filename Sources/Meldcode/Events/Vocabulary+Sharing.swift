extension Vocabulary {
    /// Whether a recipient of shared information is an actor of this logbook or an outside party.
    public static let recipientKinds = [Choice("actor", "medewerker van de school", name: "actor"), Choice("outside", "partij van buiten", name: "van buiten")]
    /// The outside parties information is shared with (000 l.196, l.220–236; 002 l.80, l.235; 003 l.158–159).
    public static let outsideParties = [
        Choice("directeur", "de directeur"), Choice("bevoegd-gezag", "het bevoegd gezag"), Choice("veilig-thuis", "Veilig Thuis"),
        Choice("ouders", "de ouders"), Choice("kind", "het kind"), Choice("jgz", "de jeugdgezondheidszorg"), Choice("politie", "de politie"),
        Choice("wijkteam", "het wijkteam"), Choice("leerplicht", "de leerplichtambtenaar"), Choice("huisarts", "de huisarts"),
        Choice("vertrouwensinspecteur", "de vertrouwensinspecteur"), Choice("zbo", "het zorg- en begeleidingsoverleg (ZBO)"),
        Choice("okt", "het ouder-kindteam (OKT/OKA)"), Choice("smw", "het schoolmaatschappelijk werk"),
        Choice("anders", "een andere partij"),
    ]
    /// How information was shared.
    public static let sharingMeans = [
        Choice("gesprek", "in een gesprek"), Choice("telefoon", "telefonisch"), Choice("e-mail", "per e-mail"),
        Choice("overleg", "in een overleg"), Choice("brief", "per brief"),
    ]
}

extension Vocabulary {
    /// Why a case's content was erased.
    public static let erasureGrounds = [
        Choice("retention", "bewaartermijn verstreken", name: "bewaartermijn"), Choice("request", "verzoek (AVG)", name: "verzoek"),
    ]
}
