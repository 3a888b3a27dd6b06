import Meldcode

/// A case a listing leaves out: erased, one the reader is not a member of, or one whose content does not open.
enum SkippedCase {
    /// Its content was erased (also in a replay of a day before the erasure: the keys are gone).
    case erased(String, CaseErasure)
    /// The reader holds no access.
    case noAccess(String)
    /// Its content does not open with the reader's keys (a damaged or missing key copy); the reason says which.
    case unreadable(String, String)

    /// Notes for the end of a listing: each erased case on a line of its own, and how many cases the reader
    /// does not read.
    static func notes(_ skipped: [SkippedCase]) -> [String] {
        var lines = [String]()
        var hidden = 0
        for item in skipped {
            switch item {
            case .erased(let id, let erasure): lines.append("\(id)\t\(erasure.dutchLine)")
            case .noAccess: hidden += 1
            case .unreadable(let id, let reason):
                lines.append("\(id)\tniet te openen: \(reason); `logboek verify` en de herstelsleutel (`logboek recover`) helpen verder")
            }
        }
        if hidden > 0 { lines.append("(\(hidden) dossier\(hidden == 1 ? "" : "s") waarvan u geen lid bent, niet getoond)") }
        return lines
    }
}
