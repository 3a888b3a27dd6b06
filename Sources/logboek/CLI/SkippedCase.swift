import Meldcode

/// A case a listing leaves out: erased, or one the reader is not a member of.
enum SkippedCase {
    /// Its content was erased.
    case erased(String, CaseErasure)
    /// The reader holds no access.
    case noAccess(String)

    /// Notes for the end of a listing: each erased case on a line of its own, and how many cases the reader
    /// does not read.
    static func notes(_ skipped: [SkippedCase]) -> [String] {
        var lines = [String]()
        var hidden = 0
        for item in skipped {
            switch item {
            case .erased(let id, let erasure): lines.append("\(id)\t\(erasure.dutchLine)")
            case .noAccess: hidden += 1
            }
        }
        if hidden > 0 { lines.append("(\(hidden) dossier\(hidden == 1 ? "" : "s") waarvan u geen lid bent, niet getoond)") }
        return lines
    }
}
