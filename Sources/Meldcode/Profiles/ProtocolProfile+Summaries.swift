import Ledger

extension ProtocolProfile {
    /// Every rule of the profile stated for people, in the order of the steps, each with its citations.
    public var ruleSummaries: [RuleSummary] {
        var summaries = [
            RuleSummary("consultation", "Stap 2 (collegiale consultatie) must include: \(Self.list(consultation.mustConsult, or: "a knowledgeable colleague"))", consultation),
            RuleSummary("parentConversation", "A conversation with the parents is attended by \(Self.list(parentConversation.attendAnyOf, joinedBy: " or ", or: "no one in particular"))", parentConversation),
            RuleSummary("weighing", "Stap 4 (wegen) in forum '\(weighing.forum.rawValue)'\(weighing.usesAfwegingskader ? ", with the afwegingskader" : "")", weighing),
            RuleSummary("doubt", "After afweging 2 = doubt: \(doubt.route == .melding ? "a melding at once (meldnorm A)" : "ask Veilig Thuis for (renewed) advice")", doubt),
            RuleSummary("decision", "The melding is decided by \(Self.list(decision.deciders, joinedBy: " or ", or: "-")) in forum '\(decision.forum.rawValue)', after consulting \(Self.list(decision.mustConsult, or: "no one in particular"))", decision),
            RuleSummary("melder", "The melding is made by \(Self.list(melder.melders, joinedBy: " or ", or: "-")), agreed in '\(melder.agreedIn.rawValue)'; informed: \(Self.list(melder.mustInform, or: "no one in particular"))", melder),
            RuleSummary("ageRule", "The intended melding is discussed with: " + ageRule.bands.map(Self.describe).joined(separator: "; "), ageRule),
            RuleSummary("veiligThuisFeedback", "Veilig Thuis reports back within \(veiligThuisFeedback.workingDays) working days of the melding", veiligThuisFeedback),
            RuleSummary("recording", "A record made more than \(recording.lateAfterWorkingDays) working days after the school knew of what it records is late", recording),
            RuleSummary(
                "recording term", "The term of \(recording.lateAfterWorkingDays) working days for a timely record",
                citations: [], note: "No seed sets a term for recording; the term is the profile's own choice (5 working days is this logbook's default)."),
            RuleSummary("specificForms", "Veilig Thuis advice is required for: \(specificForms.adviceRequiredFor.map(\.rawValue).joined(separator: ", "))", specificForms),
        ]
        summaries.append(RuleSummary(
            "access", "Cases are read by whoever opened them, by \(Self.list(access.coordinators, or: "no role")) and by whom they grant access; "
                + "\(access.recordViews ? "every read is recorded" : "reads are not recorded"); content is erased \(access.retentionYears) years after closing",
            access))
        summaries.append(RuleSummary(
            "closedToParents", "The parents' report leaves out \(closedToParents.types.sorted().joined(separator: ", ")); the content of consultations "
                + "other than \(closedToParents.schoolConsultationKinds.sorted().joined(separator: ", ")); and with an anonymous melder "
                + closedToParents.typesWhenMelderAnonymous.sorted().joined(separator: ", "),
            closedToParents))
        if let followUp { summaries.append(RuleSummary("followUp", "A sixth step, volgen en afsluiten, follows the decision", followUp)) }
        if let verwijsindex { summaries.append(RuleSummary("verwijsindex", "A registration in the verwijsindex must be weighed", verwijsindex)) }
        if !closedDays.isEmpty {
            let days = closedDays.map { "\($0.day) \($0.name)" }.joined(separator: ", ")
            summaries.append(RuleSummary("closedDays", "No term runs on \(days)", citations: [], note: "The school's own closed days, or days assimilated to a public holiday by royal decree."))
        }
        return summaries
    }

    private static func list(_ roles: [Role], joinedBy separator: String = " and ", or empty: String) -> String {
        roles.isEmpty ? empty : roles.map(\.rawValue).joined(separator: separator)
    }

    private static func describe(_ band: AgeBand) -> String {
        let ages = band.maximumAge.map { "\(band.minimumAge)–\($0)" } ?? "\(band.minimumAge)+"
        return "\(ages): \(band.discussWith.rawValue)"
    }
}
