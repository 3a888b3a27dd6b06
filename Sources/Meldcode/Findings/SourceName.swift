/// Whether a melding's "other source" names a third party: by a reference to the signal that carries the party's
/// information (`#12`, `seq 12`), or by the party's name compared as words (case, punctuation and spacing ignored),
/// so "mevr. A. Koster (buurvrouw)" and "mevr. A. Koster, buurvrouw" name the same person (seed 002 l.74: "altijd
/// de bron en datum").
enum SourceName {
    /// Whether `text`, one of a melding's other sources, names `party`, the source of signal `signal`.
    /// - Parameters:
    ///   - party: The signal's third party, as recorded.
    ///   - signal: The signal's seq.
    ///   - text: One element of the melding's `otherSources`.
    /// - Returns: `true` when the text refers to the signal or holds the party's words in order.
    static func names(_ party: String, signal: Int, in text: String) -> Bool {
        let named = words(text)
        if named.contains(String(signal)), text.contains("#\(signal)") || named.contains("seq") { return true }
        let wanted = words(party)
        guard !wanted.isEmpty, wanted.count <= named.count else { return false }
        return (0...(named.count - wanted.count)).contains { Array(named[$0..<($0 + wanted.count)]) == wanted }
    }

    /// The text's words: lower case, split on everything that is not a letter or a digit.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
