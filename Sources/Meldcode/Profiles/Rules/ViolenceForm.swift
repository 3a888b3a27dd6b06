/// Specific forms of violence for which the meldcode asks for specific expertise or Veilig Thuis advice
/// (seed `002_98403fc803802b4b.txt`, "Advies bij specifieke vormen van geweld"). The same slugs name them
/// in a weighing's payload and in a profile.
public enum ViolenceForm: String, Sendable, Equatable, Hashable, CaseIterable, Comparable {
    /// Eergerelateerd geweld: honour-related violence.
    case honourRelated = "honour-related"
    /// Huwelijksdwang: forced marriage.
    case forcedMarriage = "forced-marriage"
    /// Vrouwelijke genitale verminking: female genital mutilation.
    case femaleGenitalMutilation = "fgm"
    /// Seksueel misbruik: sexual abuse.
    case sexualAbuse = "sexual-abuse"
    /// Ouderenmishandeling: elder abuse.
    case elderAbuse = "elder-abuse"

    /// The Dutch name.
    public var dutchName: String {
        switch self {
        case .honourRelated: "eergerelateerd geweld"
        case .forcedMarriage: "huwelijksdwang"
        case .femaleGenitalMutilation: "vrouwelijke genitale verminking"
        case .sexualAbuse: "seksueel misbruik"
        case .elderAbuse: "ouderenmishandeling"
        }
    }

    /// Orders forms by slug.
    public static func < (lhs: ViolenceForm, rhs: ViolenceForm) -> Bool { lhs.rawValue < rhs.rawValue }
}
