import Meldcode

extension SkippedCase {
    /// Notes for the end of a listing: each erased case on a line of its own, and how many cases the reader
    /// does not read.
    static func notes(_ skipped: [SkippedCase]) -> [String] {
        var lines = [String]()
        var hidden = 0, waiting = 0
        for item in skipped {
            switch item {
            case .erased(let id, let erasure): lines.append("\(id)\t\(erasure.dutchLine)")
            case .noAccess: hidden += 1
            case .keyNotShared: waiting += 1
            case .unreadable(let id, let reason):
                lines.append("\(id)\tniet te openen: \(reason); `logboek verify` en de herstelsleutel (`logboek recover`) helpen verder")
            }
        }
        if waiting > 0 {
            lines.append(
                "(\(waiting) dossier\(waiting == 1 ? "" : "s") waarvan u lid bent maar de sleutel nog niet heeft: u krijgt die zodra een ander "
                    + "lid het dossier opent, of via `logboek recover`)")
        }
        if hidden > 0 { lines.append("(\(hidden) dossier\(hidden == 1 ? "" : "s") waarvan u geen lid bent, niet getoond)") }
        return lines
    }
}
