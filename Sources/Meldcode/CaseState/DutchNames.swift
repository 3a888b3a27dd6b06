/// The Dutch names text output shows for the case state's own values; `--json` keeps their slugs.
extension HypothesisRecord.Standing {
    /// `open`, `bevestigd` or `ontkracht`.
    public var dutchName: String {
        switch self {
        case .open: "open"
        case .confirmed: "bevestigd"
        case .refuted: "ontkracht"
        }
    }
}

extension AfwegingAnswer {
    /// The answer's Dutch name, e.g. `sterk vermoeden`, `structurele onveiligheid`, `ja`.
    public var dutchName: String {
        let choices = switch afweging {
        case 1: Vocabulary.afweging1
        case 2: Vocabulary.afweging2
        default: Vocabulary.answers
        }
        return Choice.name(of: answer, in: choices)
    }
}

extension FindingSeverity {
    /// `waarschuwing` or `opmerking`.
    public var dutchName: String {
        switch self {
        case .warning: "waarschuwing"
        case .notice: "opmerking"
        }
    }
}
