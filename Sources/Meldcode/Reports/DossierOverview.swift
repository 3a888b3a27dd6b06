import Ledger

/// The overview a dossier opens with: where the case stands, the afwegingskader route (each afweging once, with
/// every record that answered it), the findings as Dutch sentences, and what is still open.
struct DossierOverview {
    /// The dossier's frame.
    let frame: ReportFrame

    private var snapshot: CaseSnapshot { frame.input.snapshot }

    /// The facts after the case's own: status, protocol, findings.
    var facts: [ReportField] {
        let title = frame.profileTitle(snapshot.profileName)
        return [
            ReportField("Stand van zaken", .label(snapshot.state.phase.dutchName)),
            ReportField("Protocol", .text(title)),
            ReportField("Bevindingen", .text(snapshot.findings.isEmpty ? "geen" : "\(snapshot.findings.count), zie Bevindingen")),
        ]
    }

    /// Each afweging once, with its last answer and every record that answered it, then what the route asks now.
    var route: [ReportField] {
        let state = snapshot.state
        let answered = Dictionary(grouping: state.answers, by: \.afweging)
        let answers = answered.keys.sorted().compactMap { afweging -> ReportField? in
            guard let all = answered[afweging], let last = all.last else { return nil }
            return ReportField("Afweging \(afweging)", .fields([
                ReportField("antwoord", .label(AfwegingLabels.answer(last))),
                ReportField("vastgelegd in", .list(all.map { .reference(seq: $0.seq, title: frame.referenceTitle($0.seq)) })),
            ]))
        }
        let required = state.requiredRoute(afterDoubt: snapshot.doubtRoute)
        var routeFields = [ReportField("wat het afwegingskader nu vraagt", .label(required.action.dutchText))]
        if let meldnorm = required.meldnorm { routeFields.append(ReportField("meldnorm", .label(meldnorm))) }
        if let met = required.metBy { routeFields.append(ReportField("gevolgd in", .reference(seq: met, title: frame.referenceTitle(met)))) }
        return answers + [ReportField("Route", .fields(routeFields))]
    }

    /// The findings as Dutch sentences naming the records they concern.
    var findings: [String] {
        guard !snapshot.findings.isEmpty else { return ["Geen bevindingen: de vastlegging volgt het protocol."] }
        return snapshot.findings.map { finding in
            let records = finding.seqs.map(frame.referenceTitle).joined(separator: "; ")
            return records.isEmpty ? finding.code.dutchText : "\(finding.code.dutchText) Zie \(records)."
        }
    }

    /// The seed lines behind each finding, for the annex.
    var sources: [String] {
        snapshot.findings.map { "Bron bij “\($0.code.dutchText)”: \($0.citation.seed.rawValue.prefix(3)) r. \($0.citation.lines): “\($0.citation.quote)”" }
    }

    /// What the case still waits for, and the hypotheses still open.
    var open: [String] {
        let waits = snapshot.pendingActions.map { action -> String in
            let what: String
            switch action.kind {
            case .veiligThuisFeedback: what = "Terugkoppeling van Veilig Thuis op \(frame.referenceTitle(action.seq))"
            case .helpTerm: what = "Evaluatie van de hulp (afweging 5) uit \(frame.referenceTitle(action.seq))"
            case .monitoring: what = "Vervolg op het toezicht afgesproken in \(frame.referenceTitle(action.seq))"
            }
            return "\(what), uiterlijk \(DutchDate.text(action.due))\(action.isOverdue(on: snapshot.day) ? " (over tijd)" : "")."
        }
        let hypotheses = snapshot.state.openHypotheses.map { "Hypothese nog niet bevestigd of ontkracht: \(frame.referenceTitle($0.seq))." }
        let all = waits + hypotheses
        return all.isEmpty ? ["Niets: er staat geen termijn open en elke hypothese is bevestigd of ontkracht."] : all
    }
}
