/// Where weighing and deciding happen: alone, or in a team the school's protocol names.
public enum Forum: String, Sendable, Equatable, Hashable, CaseIterable, Comparable {
    /// The professional, consulting others as the steps require (basismodel).
    case individueel
    /// The school's (multidisciplinary) ondersteuningsteam (PRO8).
    case ondersteuningsteam
    /// The zorgbreedteoverleg, with youth-care partners (Innoord).
    case zbo
    /// The zorgteam: teacher, interne vertrouwenspersoon, ondersteuningscoach, schoolleider.
    case zorgteam

    /// The forum slugs, in a list people can read.
    public static var slugList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Orders forums by slug.
    public static func < (lhs: Forum, rhs: Forum) -> Bool { lhs.rawValue < rhs.rawValue }
}
