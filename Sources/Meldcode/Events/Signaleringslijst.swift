/// The signaleringslijst of seed `002_98403fc803802b4b.txt` (Bijlage 2, lines 302–366): five life
/// domains with their numbered items, answered yes or no with a remark, and four free questions.
public enum Signaleringslijst {
    /// The five domains, in the seed's order, with the items' numbers and texts as the seed gives them.
    public static let domains: [ChecklistDomain] = [
        ChecklistDomain(slug: "materieel", title: "Materiële omstandigheden", items: [
            "Er zijn problemen betreffende de woning waarin het kind woont.",
            "Het kind krijgt onvoldoende materiële verzorging of er is sprake van onvoldoende investering in algemeen gangbare uitgaven.",
            "Het gezin/het kind heeft financiële problemen of is afhankelijk van een uitkering en/of anderen.",
            "Het gezin/het kind woont in een buurt die ontoereikend of onveilig is voor het grootbrengen/ opgroeien van kinderen.",
            "Het gezin/het kind heeft geen vaste woon- of verblijfplaats of verhuist vaak.",
        ]),
        ChecklistDomain(slug: "gezondheid", title: "Gezondheid, lichamelijk functioneren, seksualiteit en verzorging", items: [
            "Het kind heeft problemen of een stoornis op het gebied van het emotionele en/of sociale functioneren en/of het gedrag.",
            "Risicovol gedrag van de ouder(s) en/of inadequate lichamelijke en medische verzorging die de (ongeboren) jeugdige kan schaden",
            "Het leefgebied 'Gezondheid' betreft de lichamelijke en de geestelijke gezondheid van het kind en/of de ouder(s) en het functioneren en de ontwikkeling van het kind.",
            "Het kind heeft (onverklaarbaar) letsel en/of lichamelijke klachten die op kindermishandeling of jeugdprostitutie kunnen wijzen.",
            "Het kind is minderjarig en (aanstaand) ouder.",
            "Er is sprake van middelenmisbruik (alcohol, drugs, medicatie), gok- of computerverslaving bij het kind en/of de ouder(s)/ander gezinslid.",
            "De ouder (of een ander gezinslid) heeft fysieke/zintuiglijke problemen en/of handicaps, sociale, emotionele, cognitieve of gedragsproblemen en/of een specifieke emotionele, gedrags- of persoonlijkheidsstoornis.",
            "Ingrijpende gebeurtenissen (life events).",
        ]),
        ChecklistDomain(slug: "opvoeding", title: "Opvoeding & gezinsrelaties", items: [
            "Het leefgebied 'Opvoeding & Gezinsrelaties' betreft de pedagogische en relationele condities in het gezin waarin het kind opgroeit.",
            "Er is onenigheid binnen het gezin of tussen de ouders en/of de relatie tussen jeugdige en ouders is problematisch",
            "Het kind is slachtoffer van kindermishandeling.",
            "De ouders hebben problemen in de opvoeding van het kind en/of er zijn factoren die het ouderschap bemoeilijken.",
            "Er is sprake van een civielrechtelijke kinderbeschermingsmaatregel.",
            "Er zijn problemen met veranderingen in de gezinssamenstelling (die voor instabiliteit in het gezin zorgen).",
            "Er is sprake van hulpverlening aan een gezinslid vanwege ernstige problematiek",
            "Een ander gezinslid dan het kind is betrokken bij criminele activiteiten",
        ]),
        ChecklistDomain(slug: "onderwijs", title: "Onderwijs & Kinderopvang", items: [
            "Het kind heeft problemen in het cognitief functioneren, leren en prestaties",
            "Het kind is van school/kinderopvang/gastouderopvang gestuurd.",
            "Het kind wisselt veelvuldig van locatie.",
            "Het kind is leerplichtig en gaat niet naar school.",
            "Kenmerken van de dagbesteding die op problemen en/of risico's kunnen wijzen.",
            "Kenmerken van onderwijs, kinderopvang, gastouderopvang en/of betrokkenheid ouder(s) die op problemen en/of risico's kunnen wijzen.",
            "Kenmerken van opleiding/ werk/betrokkenheid ouder(s) die op problemen en/of risico's kunnen wijzen.",
        ]),
        ChecklistDomain(slug: "sociaal", title: "Sociale omgeving buiten het gezin", items: [
            "Er is sprake van een gebrekkig(e) (interactie met het) sociaal netwerk van de ouders en/of het kind heeft geen hobby's of interesses.",
            "Het kind en/of ouders maken geen of weinig gebruik van (sociale) voorzieningen en/of zijn onbereikbaar voor voorzieningen en/of zijn zorgwekkende zorgmijders.",
            "Het kind en/of zijn ouders ervaren uitsluiting, discriminatie of intimidatie/pesterij als gevolg van het behoren tot een specifieke groep.",
            "De relatie tussen het kind en leeftijdsgenoten en/of volwassenen is problematisch.",
            "Het kind en/of zijn ouders hebben in de leefomgeving gedragsproblemen of zijn betrokken bij criminele activiteiten",
            "Het kind is slachtoffer van criminaliteit.",
            "Het kind is makkelijk beïnvloedbaar door anderen en daardoor kwetsbaar",
        ]),
    ]

    /// Every item id (`materieel-1` … `sociaal-7`) with its Dutch text.
    public static let items: [Choice] = domains.flatMap(\.choices)
}
