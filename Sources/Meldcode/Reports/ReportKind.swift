/// The reports a school hands over: to the parents, to Veilig Thuis, the complete dossier, and the evaluation.
public enum ReportKind: String, Sendable, Equatable, CaseIterable {
    /// For the parents or carers: only what the profile releases to them.
    case ouders
    /// For Veilig Thuis: the content of the melding.
    case veiligThuis = "veilig-thuis"
    /// The verslaglegging: the complete record, for the Inspectie, a transfer or an evaluation.
    case dossier
    /// The case decision by decision, for the school's evaluation of the meldcode (001 l.374, 000 l.425–427).
    case evaluatie

    /// The report's title, in Dutch.
    public var title: String {
        switch self {
        case .ouders: "Verslag voor de ouders/verzorgers"
        case .veiligThuis: "Melding aan Veilig Thuis"
        case .dossier: "Dossier (verslaglegging)"
        case .evaluatie: "Evaluatie, besluit voor besluit"
        }
    }

    /// Whom the report is for, in Dutch.
    public var audience: String {
        switch self {
        case .ouders: "de ouders/verzorgers"
        case .veiligThuis: "Veilig Thuis"
        case .dossier: "de Inspectie, een overdracht of een evaluatie"
        case .evaluatie: "wie de meldcode in de school evalueert"
        }
    }

    /// Whether the report cites its events by seq and hash: every report but the parents', whose copy must hold nothing
    /// that counts or locates what was left out.
    public var citesEvents: Bool { self != .ouders }

    /// Whether each entry shows its fingerprint (hash) in place; the Veilig Thuis report keeps them in an annex so its
    /// pages read like the melding form.
    public var hashesInline: Bool { self == .dossier || self == .evaluatie }

    /// The kinds' slugs, in a list people can read.
    public static var slugList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
