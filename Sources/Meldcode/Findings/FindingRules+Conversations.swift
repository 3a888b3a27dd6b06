import Ledger

extension FindingRules {
    /// How conversations are held (004 lines 58-68), whether a melding names its other sources (004 lines
    /// 164-167, 001 lines 247-249), and whether a conversation with the child, or the decision to skip it, was
    /// recorded before a melding (004 lines 8-9, 93-96).
    func conversationFindings() -> [Finding] {
        conversationOrderFindings() + otherSourceFindings() + childConversationFindings()
    }

    /// Conversations without the purpose explained, or with an interpretation given before any fact was presented.
    private func conversationOrderFindings() -> [Finding] {
        state.seqs(of: .conversationHeld).compactMap { seq -> Finding? in
            let payload = payload(seq)
            var lapses = [String]()
            if payload[.purposeExplained]?.boolValue == false { lapses.append("its purpose was not explained") }
            if payload[.interpretation] != nil, (payload[.factsPresented]?.arrayValue ?? []).isEmpty {
                lapses.append("an interpretation was given without presenting the facts and inviting a reaction to them first")
            }
            guard !lapses.isEmpty else { return nil }
            return finding(.conversationNotAsPrescribed, [seq], "the conversation at seq \(seq): " + lapses.joined(separator: "; "))
        }
    }

    /// Meldingen reporting a third party's information without naming the party among their other sources. A source
    /// is named by identity, not by its exact text: a reference to the signal (`#12`), or the party's name with case,
    /// punctuation and spacing ignored ("mevr. A. Koster (buurvrouw)" names "mevr. A. Koster, buurvrouw").
    private func otherSourceFindings() -> [Finding] {
        state.seqs(of: .meldingMade).compactMap { melding -> Finding? in
            let named = payload(melding)[.otherSources].texts
            let unnamed = (payload(melding)[.facts]?.arrayValue ?? []).compactMap { fact -> (Int, String)? in
                guard let seq = fact.integerValue.map(Int.init), let party = thirdParty(of: seq) else { return nil }
                return named.contains { SourceName.names(party, signal: seq, in: $0) } ? nil : (seq, party)
            }
            guard !unnamed.isEmpty else { return nil }
            let parties = unnamed.map { "'\($0.1)' (seq \($0.0))" }.joined(separator: ", ")
            return finding(
                .otherSourceNotNamed, [melding] + unnamed.map(\.0),
                "the melding at seq \(melding) reports what \(parties) told, without naming them among its other sources",
                details: unnamed.map { "niet genoemd: '\($0.1)' (signaal #\($0.0))" })
        }
    }

    /// The third party a signal's information comes from, if it is not the author's own.
    private func thirdParty(of seq: Int) -> String? {
        guard let source = payload(seq)[.source], source[.kind]?.stringValue == "third-party" else { return nil }
        return source[.party]?.stringValue
    }

    /// Meldingen without a conversation, or its recorded skipping, with whom the age rule names, where it names the child.
    private func childConversationFindings() -> [Finding] {
        state.seqs(of: .meldingMade).compactMap { melding -> Finding? in
            guard let child = state.child, let madeOn = state.day(of: melding, field: .madeOn),
                  let band = context.profile.ageRule.band(forAge: child.age(on: madeOn)), band.discussWith != .parents
            else { return nil }
            let partners = [EventType.conversationHeld, EventType.conversationSkipped].flatMap { state.seqs(of: $0) }.filter { $0 < melding }
                .compactMap { payload($0)[.with]?.stringValue }
            let withChild = partners.contains { $0 == "child" || $0 == "child-and-parents" }
            let withParents = partners.contains { $0 == "parents" || $0 == "child-and-parents" }
            guard !band.discussWith.isSatisfied(child: withChild, parents: withParents) else { return nil }
            return finding(
                .childConversationNotRecorded, [melding],
                "melding at seq \(melding): the child was \(child.age(on: madeOn)), so the profile asks for a conversation with \(band.discussWith.rawValue); neither that conversation nor the decision not to hold it (with its reason) was recorded before it")
        }
    }
}
