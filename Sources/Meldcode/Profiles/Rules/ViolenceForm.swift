/// Specific forms of violence for which the meldcode asks for specific expertise or Veilig Thuis advice.
public enum ViolenceForm: String, Sendable, Equatable, Hashable, CaseIterable, Comparable {
    /// Eergerelateerd geweld: honour-related violence.
    case eergerelateerdGeweld = "eergerelateerd-geweld"
    /// Huwelijksdwang: forced marriage.
    case huwelijksdwang
    /// Vrouwelijke genitale verminking: female genital mutilation.
    case vrouwelijkeGenitaleVerminking = "vrouwelijke-genitale-verminking"
    /// Seksueel misbruik: sexual abuse.
    case seksueelMisbruik = "seksueel-misbruik"
    /// Ouderenmishandeling: elder abuse.
    case ouderenmishandeling

    /// Orders forms by slug.
    public static func < (lhs: ViolenceForm, rhs: ViolenceForm) -> Bool { lhs.rawValue < rhs.rawValue }
}
