import Ledger

/// The parts of the Veilig Thuis report that follow a regional meldformulier for professionals: its first screen
/// (acute danger yes or no, where the child is now, the concern in one paragraph, the melder and how to reach
/// them, when and how the melding was made), the people involved and the household, the support network, the
/// steps the school took, and an annex with each record's fingerprint.
struct VeiligThuisForm {
    /// The report's frame.
    let frame: ReportFrame

    private var reader: PayloadReader { frame.input.reader }
    private var melding: RecordedEvent? { frame.events.last { $0.type == EventType.meldingMade } }
    private func payload(_ event: RecordedEvent?) -> [String: JSONValue] { event.map(reader.payload(of:)) ?? [:] }

    /// The first screen of the form.
    var firstScreen: ReportSection {
        let melding = payload(melding)
        let opened = payload(frame.events.first { $0.type == EventType.caseOpened })
        var facts = [ReportField("Acuut gevaar", .text(acuteDanger))]
        facts.append(ReportField("Waar het kind nu is", .text(melding[.childWhereabouts]?.stringValue ?? "niet vastgelegd")))
        let concern = melding[.concern]?.stringValue ?? opened[.reason]?.stringValue
        facts.append(ReportField("De zorg", .text(concern ?? "niet vastgelegd")))
        facts += frame.childFacts
        if let madeBy = melding[.madeBy]?.stringValue {
            let reach = [melding[.melderPhone]?.stringValue.map { "telefoon \($0)" }, melding[.melderEmail]?.stringValue.map { "e-mail \($0)" }]
                .compactMap { $0 }
            facts.append(ReportField("Melder", .text("\(frame.actorName(madeBy)), \(frame.input.organisation)")))
            facts.append(ReportField("Zo bereikt u de melder", .text(reach.isEmpty ? "niet vastgelegd" : reach.joined(separator: ", "))))
        }
        if let day = melding[.madeOn]?.stringValue.flatMap(CalendarDay.init) {
            let time = melding[.madeAt]?.stringValue.map { ", \($0) uur" } ?? ""
            let channel = Vocabulary.meldingChannels.first { $0.value == melding[.channel]?.stringValue }.map { ", \($0.label)" } ?? ""
            facts.append(ReportField("Gemeld", .text("\(DutchDate.text(day))\(time)\(channel)")))
        }
        return ReportSection("De melding in het kort", facts: facts)
    }

    /// Acute danger as the form asks it, from the last weighing of afweging 2.
    private var acuteDanger: String {
        let weighing = frame.events.last { $0.type == EventType.weighingRecorded && reader.payload(of: $0)[.afweging2] != nil }
        guard let answer = payload(weighing)[.afweging2]?.stringValue else { return "niet gewogen" }
        let label = Vocabulary.afweging2.first { $0.value == answer }?.label ?? answer
        return answer.hasPrefix("acute") ? "ja: \(label)" : answer == "doubt" ? "twijfel: met Veilig Thuis verder wegen" : "nee: \(label)"
    }

    /// The people involved and the household, as last recorded (a correction stands beside it).
    var people: ReportSection {
        let records = frame.events.filter { $0.type == EventType.peopleRecorded }
        let paragraphs = records.isEmpty ? ["Niet vastgelegd: wie het gezag heeft, wie er in het huishouden wonen en wie de broers en zussen zijn."] : []
        return ReportSection("Betrokkenen en gezin", paragraphs: paragraphs, entries: records.suffix(1).map { frame.entry($0, omitting: [.supportNetwork]) })
    }

    /// The support network: who already helps, the help the school organised, earlier help, the verwijsindex.
    var supportNetwork: ReportSection {
        let network = frame.events.last { $0.type == EventType.peopleRecorded && reader.payload(of: $0)[.supportNetwork] != nil }
        var facts = [ReportField]()
        if let network { facts += frame.describer.fields(of: network).filter { $0.label == "ondersteunend netwerk" } }
        for checklist in frame.events where checklist.type == EventType.checklistCompleted {
            if let earlier = reader.payload(of: checklist)[.earlierHelp]?.stringValue { facts.append(ReportField("Eerdere of lopende hulp", .text(earlier))) }
        }
        let entries = frame.events.filter { [EventType.helpOrganised.rawValue, EventType.verwijsindexWeighed.rawValue].contains($0.type) }.map { frame.entry($0) }
        let empty = facts.isEmpty && entries.isEmpty ? ["Niet vastgelegd: geen hulp en geen ondersteunend netwerk bekend."] : []
        return ReportSection("Ondersteunend netwerk", paragraphs: empty, facts: facts, entries: entries)
    }

    /// The steps of the meldcode the school took, each with its records.
    var steps: ReportSection { ReportSection("Stappen die de school zette", facts: frame.stepFacts) }

    /// The annex: each record the report names with its fingerprint, so Veilig Thuis can have it checked.
    /// - Parameter entries: The entries of the report.
    func annex(_ entries: [ReportEntry]) -> ReportSection {
        var seen = Set<Int>()
        let facts = entries.filter { seen.insert($0.seq).inserted }.sorted { $0.seq < $1.seq }.map {
            ReportField("#\($0.seq) \($0.title)", .text($0.hash))
        }
        return ReportSection(
            "Bijlage: volgnummers en vingerafdrukken", paragraphs: [
                "Elke vastlegging in dit verslag noemt haar volgnummer (#). Hieronder staat bij elk volgnummer de vingerafdruk (SHA-256) "
                    + "waarmee de school of de Inspectie de vastlegging in het logboek terugvindt en controleert.",
            ], facts: facts)
    }
}
