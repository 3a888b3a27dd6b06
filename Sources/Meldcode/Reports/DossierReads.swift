import Ledger

/// Who read the case in Logboek, as a summary: per person how often and between which days, counting only the
/// reads up to the dossier's last content event, so that reading the case never changes its dossier.
enum DossierReads {
    /// The summary's paragraphs.
    /// - Parameter frame: The dossier's frame.
    /// - Returns: One line per reader, or a line saying there were none.
    static func summary(_ frame: ReportFrame) -> [String] {
        guard let last = frame.lastContent?.seq else { return [] }
        let reads = frame.events.filter { $0.type == EventType.caseViewed && $0.seq < last }
        guard !reads.isEmpty else { return ["Niemand las het dossier in Logboek voor de laatste vastlegging."] }
        let byReader = Dictionary(grouping: reads, by: \.author)
        let lines = byReader.keys.sorted().compactMap { reader -> String? in
            guard let own = byReader[reader], let first = own.first, let final = own.last else { return nil }
            let times = own.count == 1 ? "1 keer" : "\(own.count) keer"
            let days = DutchTime.day(of: first.recordedAt) == DutchTime.day(of: final.recordedAt)
                ? "op \(DutchDate.text(DutchTime.day(of: first.recordedAt)))"
                : "van \(DutchDate.text(DutchTime.day(of: first.recordedAt))) tot \(DutchDate.text(DutchTime.day(of: final.recordedAt)))"
            return "\(frame.actorName(reader)): \(times), \(days)."
        }
        return ["Inzage in Logboek tot de laatste vastlegging van dit dossier (latere inzage verandert het dossier niet):"] + lines
    }
}
