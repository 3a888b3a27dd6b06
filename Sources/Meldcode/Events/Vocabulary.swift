import Ledger

/// The fixed lists of values the payloads use, each with its Dutch label and the seed it comes from.
public enum Vocabulary {
    /// The kind of a signal (001/002 stap 1: facts apart from interpretation; the child's own words).
    public static let signalKinds = [
        Choice("fact", "feit"), Choice("observation", "waarneming"), Choice("child-words", "eigen woorden van het kind", name: "eigen woorden"),
    ]
    /// Whether a signal supports or contradicts the concern (002 line 69: bevestigen of ontkrachten), or neither.
    public static let stances = [Choice("supports", "bevestigt het vermoeden", name: "bevestigt"), Choice("contradicts", "ontkracht het vermoeden", name: "ontkracht"),
        Choice("neutral", "bevestigt noch ontkracht het vermoeden", name: "neutraal"),
    ]
    /// Who the information comes from (002 line 74).
    /// How a melding reached Veilig Thuis.
    public static let meldingChannels = [
        Choice("telephone", "telefonisch"), Choice("online-form", "online meldformulier"), Choice("email", "per e-mail"), Choice("in-person", "persoonlijk"),
    ]
    /// How a person is related to the child.
    public static let relations = [
        Choice("mother", "moeder"), Choice("father", "vader"), Choice("step-parent", "stiefouder"), Choice("foster-parent", "pleegouder"),
        Choice("guardian", "voogd"), Choice("sibling", "broer of zus"), Choice("grandparent", "grootouder"),
        Choice("household-member", "ander lid van het huishouden"), Choice("other", "ander"),
    ]
    /// What a protected parents' report did with an item (recorded in `report.issued`).
    public static let reportDecisions = [
        Choice("released", "getoond"), Choice("redacted", "getoond met weglatingen"), Choice("withheld", "achtergehouden"),
    ]
    public static let sourceKinds = [Choice("self", "eigen waarneming", name: "zelf"), Choice("third-party", "informatie van derden", name: "derde")]
    /// Who a conversation is with (001 stap 3).
    public static let conversationPartners = [
        Choice("child", "het kind", name: "kind"), Choice("parents", "de ouders/verzorgers", name: "ouders"), Choice("child-and-parents", "kind en ouders"),
    ]
    /// The permitted reasons to skip a conversation or the discussion of a melding (000 lines 306–314, 002 line 121).
    public static let skipReasons = [
        Choice("safety-child", "de veiligheid van het kind is in het geding", name: "veiligheid kind"),
        Choice("safety-professional", "de veiligheid van de beroepskracht is in het geding", name: "veiligheid beroepskracht"),
        Choice("safety-other", "de veiligheid van een ander is in het geding", name: "veiligheid ander"),
        Choice("family-breaks-contact", "goede redenen om aan te nemen dat het gezin het contact verbreekt", name: "gezin verbreekt contact"),
    ]
    /// The permitted reasons to skip a conversation: those of ``skipReasons``, and for a conversation with the
    /// child alone, that the child's age or development makes it impossible or too heavy (004 lines 93–96, 186–190).
    public static let conversationSkipReasons = skipReasons + [
        Choice(youngChild, "gesprek met het kind niet mogelijk of te belastend door leeftijd of ontwikkeling", name: "leeftijd of ontwikkeling kind"),
    ]
    /// The skip reason that holds only for a conversation with the child.
    public static let youngChild = "child-age-or-development"

    /// The permitted reasons to stay anonymous towards the family (001 lines 300–304, 002 line 193).
    public static let anonymityReasons = [
        Choice("threat-to-child", "bedreiging voor het kind of andere kinderen", name: "bedreiging kind"),
        Choice("threat-to-professional", "bedreiging voor de beroepskracht of collega's", name: "bedreiging beroepskracht"),
        Choice("trust-relationship", "verstoort de vertrouwensrelatie met het kind of het gezin", name: "vertrouwensrelatie"),
    ]
    /// The kinds of consultation in step 2 (001 lines 122–124, 002 lines 96–100, 000 lines 186–194 and 198–200).
    public static let consultationKinds = [
        Choice("colleague", "deskundige collega", name: "collega"), Choice("intern-begeleider", "intern begeleider (IB'er)", name: "IB'er"),
        Choice("aandachtsfunctionaris", "aandachtsfunctionaris huiselijk geweld en kindermishandeling", name: "aandachtsfunctionaris"),
        Choice("jgz", "jeugdgezondheidszorg (jeugdarts, jeugdverpleegkundige)", name: "JGZ"),
        Choice("buurtcoach-jeugdconsulent", "buurtcoach of jeugdconsulent (functionaris van de gemeente)", name: "buurtcoach of jeugdconsulent"),
        Choice("zorgteam", "zorgteam", name: "zorgteam"), Choice("zbo", "zorg- en begeleidingsoverleg (ZBO)", name: "ZBO"),
        Choice("okt", "ouder-kindteam (OKT/OKA)", name: "OKT"), Choice("smw", "schoolmaatschappelijk werk", name: "SMW"),
        Choice("wijkteam", "wijkteam of sociaal team", name: "wijkteam"), Choice("ondersteuningsteam", "(multidisciplinair) ondersteuningsteam", name: "ondersteuningsteam"),
        Choice("veilig-thuis-advice", "advies van Veilig Thuis (anoniem)", name: "advies Veilig Thuis"), Choice("injury-expert", "deskundige letselduiding", name: "letselduiding"),
    ]

    /// The staff role a consultation of a kind consults, where the kind names one (step 2 requirements count it).
    public static let consultedRole: [String: Role] = [
        "intern-begeleider": .internBegeleider, "aandachtsfunctionaris": .aandachtsfunctionaris, "jgz": .jgz,
    ]
    /// Afweging 1 of the afwegingskader (002 Bijlage 1).
    public static let afweging1 = [Choice("no-concern", "geen vermoeden: dossier sluiten", name: "geen vermoeden"), Choice("strong-suspicion", "sterk vermoeden")]
    /// Afweging 2 of the afwegingskader (002 Bijlage 1).
    public static let afweging2 = [
        Choice("no", "geen acute of structurele onveiligheid", name: "geen onveiligheid"), Choice("acute", "acute onveiligheid"),
        Choice("structural", "structurele onveiligheid"), Choice("acute-and-structural", "acute en structurele onveiligheid"),
        Choice("doubt", "twijfel"),
    ]
    /// Specific forms of violence (002, disclosure).
    public static let specificForms = ViolenceForm.allCases.map { Choice($0.rawValue, $0.dutchName) }
    /// The question a decision answers (002 Bijlage 1, afwegingen 3–5, or the melding itself).
    public static let decisionQuestions = [
        Choice("afweging-3", "afweging 3: is hulp mogelijk?", name: "afweging 3"), Choice("afweging-4", "afweging 4: wordt hulp aanvaard?", name: "afweging 4"),
        Choice("afweging-5", "afweging 5: leidt de hulp tot het resultaat?", name: "afweging 5"), Choice("melding", "wordt er gemeld bij Veilig Thuis?", name: "melden"),
    ]
    /// Where a weighing or a decision was made: one person, or the forum a profile names (003 l.141: the ZBO;
    /// 004: the zorgteam; 000: the ondersteuningsteam).
    public static let forums = [
        Choice(Forum.individueel.rawValue, "één persoon, zonder team", name: "individueel"),
        Choice(Forum.ondersteuningsteam.rawValue, "het (multidisciplinaire) ondersteuningsteam", name: "ondersteuningsteam"),
        Choice(Forum.zbo.rawValue, "het zorg- en begeleidingsoverleg (ZBO)", name: "ZBO"),
        Choice(Forum.zorgteam.rawValue, "het zorgteam", name: "zorgteam"),
    ]
    /// A yes or no answer.
    public static let answers = [Choice("yes", "ja"), Choice("no", "nee")]
    /// The meldnormen (002).
    public static let meldnormen = [
        Choice("A", "A: acute en/of structurele onveiligheid", name: "meldnorm A"), Choice("B", "B: onvoldoende effectieve hulp mogelijk", name: "meldnorm B"),
        Choice("C", "C: hulp stopt de onveiligheid niet of die herhaalt zich", name: "meldnorm C"),
    ]
    /// Qualified professions whose diagnoses may be recorded (002 line 75, 001 line 479, 000 line 268).
    public static let qualifiedProfessions = [
        Choice("psycholoog", "psycholoog"), Choice("gz-psycholoog", "GZ-psycholoog"), Choice("orthopedagoog", "orthopedagoog"),
        Choice("kinderpsychiater", "kinder- en jeugdpsychiater"), Choice("jeugdarts", "jeugdarts"), Choice("kinderarts", "kinderarts"),
        Choice("huisarts", "huisarts"), Choice("forensisch-arts", "forensisch arts (letselduiding)"),
    ]
    /// Signals outside the stappenplan (002 lines 80–90, Bijlage 4).
    public static let redirectCategories = [
        Choice("staff-member", "signalen over een medewerker van de school", name: "medewerker"),
        Choice("between-children", "geweld tussen kinderen", name: "tussen kinderen"),
        Choice("parent-against-other-child", "een ouder tegen het kind van een ander", name: "ouder tegen ander kind"),
    ]
    /// Where redirected signals go (002).
    public static let redirectRecipients = [
        Choice("directie", "directie"), Choice("bestuur", "bestuur (bevoegd gezag)", name: "bestuur"), Choice("vertrouwensinspecteur", "vertrouwensinspecteur"),
    ]
    /// The reports a school issues (000 l.272–274, 001 l.247–249, 003).
    public static let reportKinds = ReportKind.allCases.map { Choice($0.rawValue, $0.title) }
    /// Why a case is closed (002 Bijlage 1, 003 stap 6).
    public static let closingReasons = [
        Choice("no-concern", "geen zorg na weging", name: "geen zorg"), Choice("help-completed", "hulp afgerond met afspraken over monitoring", name: "hulp afgerond"),
        Choice("handed-over", "overgedragen"), Choice("child-left", "leerling heeft de school verlaten", name: "leerling vertrokken"), Choice("other", "anders"),
    ]
}
