/// The five source documents the meldcode rules are taken from, named by their file names, with the
/// number of lines each has, so a citation can be checked without the text at hand.
public enum Seed: String, Sendable, Equatable, Hashable, CaseIterable, Comparable {
    /// PRO8 (praktijkonderwijs): verslaglegging, verwijsindex, the 12–16 rule.
    case pro8 = "000_9dc667da707d7897.txt"
    /// The national basismodel as adopted by PCPO Rijssen.
    case basismodel = "001_d96ffb29215577c0.txt"
    /// Wolderwijs / KC De Klimtoren: afwegingskader, meldnormen, signaleringslijst.
    case klimtoren = "002_98403fc803802b4b.txt"
    /// Innoord schools: the ZBO and a sixth step.
    case innoord = "003_28de57f78ee7190f.txt"
    /// A school protocol built around the zorgteam.
    case zorgteam = "004_cf2a82df8bb67966.txt"

    /// The number of lines in the seed file (the last line a citation may name).
    public var lineCount: Int {
        switch self {
        case .pro8: 439
        case .basismodel: 655
        case .klimtoren: 476
        case .innoord: 354
        case .zorgteam: 258
        }
    }

    /// The seed file names, in a list people can read.
    public static var fileNameList: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }

    /// Orders seeds by file name.
    public static func < (lhs: Seed, rhs: Seed) -> Bool { lhs.rawValue < rhs.rawValue }
}
