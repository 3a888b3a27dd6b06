/// The roles an actor can hold in a school, as the meldcodes name them.
public enum Role: String, Sendable, Equatable, Hashable, CaseIterable, Comparable {
    /// Leerkracht: teacher.
    case leerkracht
    /// Mentor: in secondary schools, the teacher who follows a class or pupil and records the signals
    /// (the leerkracht of seed 000, a school for praktijkonderwijs).
    case mentor
    /// Pedagogisch medewerker: childcare worker.
    case pedagogischMedewerker = "pedagogisch-medewerker"
    /// Intern begeleider (IB'er): internal support coordinator.
    case internBegeleider = "intern-begeleider"
    /// Directeur or schoolleider.
    case directeur
    /// Bevoegd gezag or bestuur: the board.
    case bestuur
    /// Aandachtsfunctionaris: the meldcode specialist.
    case aandachtsfunctionaris
    /// Interne vertrouwenspersoon: internal confidential adviser.
    case vertrouwenspersoon
    /// Ondersteuningscoach: support coach.
    case ondersteuningscoach
    /// Schoolmaatschappelijk werk: school social worker.
    case smw
    /// Jeugdgezondheidszorg: youth health care (jeugdarts, jeugdverpleegkundige).
    case jgz
    /// A member of the zorgteam.
    case zorgteamLid = "zorgteam-lid"
    /// Administratie: office staff who keep the logbook's registry.
    case administratie

    /// The role slugs, in a list people can read.
    public static var slugList: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }

    /// Orders roles by their slug.
    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rawValue < rhs.rawValue }
}
