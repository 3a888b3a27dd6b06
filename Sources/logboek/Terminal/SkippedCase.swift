import Meldcode

extension SkippedCase {
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
