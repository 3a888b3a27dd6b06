import Ledger
import Testing
@testable import Meldcode

/// Every setting of every built-in profile is read: changing it changes some finding, pending action or
/// route on the fixture cases. The settings are taken from the profile's JSON, so a member added later
/// without a rule that reads it fails here (issue 15 item 7).
@Suite("Profiles: no dead settings")
struct NoDeadSettingsTests {
    /// Members that describe the profile rather than set a rule.
    static let descriptive: Set<String> = ["name", "title", "version", "source", "citations", "note"]
    /// Rules a profile may have or lack: having them is the setting.
    static let optionalRules = ["followUp", "verwijsindex", "closedDays"]
    /// Settings no rule reads yet, each with the issue that makes it read.
    static let awaiting: [String: String] = [:]

    /// The fixture cases: A has a melding decided by one person, without the verwijsindex, after a weighing by the
    /// teacher alone naming honour-related violence and a signal recorded three working days late; B ends with
    /// afweging 2 = doubt; C closes without following up.
    static let fixtures: [CaseScript] = [
        CaseScript.correct
            .changing("weighing.recorded", ["participants": CaseScript.list("lk.bakker"), "specificForms": CaseScript.list("honour-related")])
            .changing("decision.recorded", occurrence: 2, ["consulted": nil])
            .replacing("verwijsindex.weighed")
            .moving("signal.recorded", to: "2026-09-10")
            .through("melding.made"),
        CaseScript.correct.changing("weighing.recorded", ["afweging2": "doubt"]).through("weighing.recorded"),
        CaseScript.correct.replacing("followup.recorded"),
    ]

    /// What a profile makes of the fixtures: every finding, pending action and required route; who of the
    /// fixtures' actors reads every case, whether a read must be recorded, and when a case closed on the
    /// fixtures' last day falls due for erasure.
    static func outcome(_ profile: ProtocolProfile) -> [String] {
        let access = CaseScript.roles.keys.sorted().filter { profile.access.coordinates(CaseScript.roles[$0] ?? []) }
            + ["reads recorded: \(profile.access.recordViews)", "erasure due: \(profile.access.erasureDue(closedOn: CaseScript.day("2026-11-20")))"]
        return access + parentsOutcome(profile) + fixtures.flatMap { script in
            let state = script.state
            return script.findings(profile, on: "2026-11-20").map { "\($0.code.rawValue) \($0.seqs) \($0.message) \($0.citation)" }
                + state.pendingActions(under: profile).map { "\($0.kind) \($0.seq) \($0.due)" }
                + ["\(state.requiredRoute(afterDoubt: profile.doubt.route))"]
        }
    }

    @Test("Changing any setting of a built-in profile changes what it finds, awaits or requires on the fixture cases", arguments: ProtocolProfile.builtIns)
    func everySettingIsRead(profile: ProtocolProfile) throws {
        let original = Self.outcome(profile)
        let settings = try Self.settings(of: profile)
        #expect(settings.count >= 17, "\(settings)")
        for path in settings {
            let changed = try ProtocolProfile(json: try Self.changing(profile.json, at: path))
            #expect(changed != profile, "\(path.joined(separator: "."))")
            let key = path.joined(separator: ".")
            if let issue = Self.awaiting[key] {
                withKnownIssue("\(key) is not read yet (\(issue))") { #expect(Self.outcome(changed) != original, "\(profile.name): \(key)") }
            } else {
                #expect(Self.outcome(changed) != original, "\(profile.name): \(key) changes nothing")
            }
        }
    }

    /// What the parents' report leaves out of the fixtures: the records closed to parents, the consultations whose
    /// content is withheld, and what an anonymous melding withholds besides.
    static func parentsOutcome(_ profile: ProtocolProfile) -> [String] {
        let closed = profile.closedToParents
        let events = fixtures.flatMap { $0.state.events }
        let kinds = events.filter { $0.type == "consultation.held" }.compactMap { $0.payload["kind"]?.stringValue }
        return [
            "closed: \(events.filter { closed.types.contains($0.type) }.map(\.seq))",
            "content withheld: \(kinds.filter { !closed.schoolConsultationKinds.contains($0) })",
            "withheld for an anonymous melder: \(events.filter { closed.typesWhenMelderAnonymous.contains($0.type) }.map(\.seq))",
        ]
    }

    /// The paths of a profile's settings: each member of each rule, and each optional rule, present or not.
    static func settings(of profile: ProtocolProfile) throws -> [[String]] {
        let members = try #require(profile.json.objectValue)
        var paths = optionalRules.map { [$0] }
        for (key, value) in members.sorted(by: { $0.key < $1.key }) where !descriptive.contains(key) && !optionalRules.contains(key) {
            let rule = try #require(value.objectValue, "\(key)")
            paths += rule.keys.sorted().filter { !descriptive.contains($0) }.map { [key, $0] }
        }
        return paths
    }

    /// The profile's JSON with the setting at `path` changed.
    static func changing(_ json: JSONValue, at path: [String]) throws -> JSONValue {
        let current = try #require(json.objectValue)[path[0]].flatMap { value in path.count > 1 ? value.objectValue?[path[1]] : value }
        return try ProfileParsingTests.changing(json, at: path[...], to: try changed(path.last ?? "", current))
    }

    /// Another value for a setting (`nil`: remove an optional rule).
    static func changed(_ key: String, _ value: JSONValue?) throws -> JSONValue? {
        switch (key, value) {
        case ("followUp", nil), ("verwijsindex", nil):
            return .object(["citations": .array([ProtocolProfile.basismodel.consultation.citations[0].json])])
        case ("closedDays", nil):
            return .array([PublicHoliday(day: CaseScript.day("2026-11-04"), name: "Studiedag").json])
        case ("followUp", _), ("verwijsindex", _), ("closedDays", _):
            return nil
        case ("types", .array(let types)), ("typesWhenMelderAnonymous", .array(let types)):
            return types.contains("signal.recorded") ? .array(["note.recorded"]) : .array(["signal.recorded"])
        case ("schoolConsultationKinds", .array(let kinds)):
            return kinds.isEmpty ? .array(Vocabulary.consultationKinds.map { .string($0.value) }) : .array([])
        case ("bands", _):
            return .array([.object(["minimumAge": 0, "discussWith": "child"])])
        case ("adviceRequiredFor", .array(let forms)):
            return forms.contains("honour-related") ? .array([]) : .array(["honour-related"])
        case (_, .array):
            return value == .array(["smw"]) ? .array(["jgz"]) : .array(["smw"])
        case (_, .bool(let flag)):
            return .bool(!flag)
        case (_, .integer(let number)):
            return .integer(number == 1 ? 2 : 1)
        case (_, .string(let slug)) where Forum(rawValue: slug) != nil:
            return .string(slug == Forum.individueel.rawValue ? Forum.zorgteam.rawValue : Forum.individueel.rawValue)
        case (_, .string(let slug)) where DoubtRoute(rawValue: slug) != nil:
            return .string(slug == DoubtRoute.melding.rawValue ? DoubtRoute.veiligThuisAdvice.rawValue : DoubtRoute.melding.rawValue)
        default:
            Issue.record("no change is known for the setting '\(key)': teach this test how to change it, and make a rule read it")
            return value
        }
    }
}

/// Which rules come from a seed line and which are the school's own choice (issue 15 item 7).
@Suite("Profiles: seed rules and the school's own choices")
struct RuleOriginTests {
    @Test("Every built-in rule but the recording term cites a seed line; the recording term is marked as the school's own choice")
    func builtInOrigins() {
        for profile in ProtocolProfile.builtIns {
            let own = profile.ruleSummaries.filter { !$0.isFromSeed }.map(\.key)
            #expect(own == ["recording term"], "\(profile.name)")
        }
    }

    @Test("A rule with a note and no citation reads as the school's own choice; without a note it is refused")
    func ownChoice() throws {
        var json = try ProfileParsingTests.changing(ProtocolProfile.klimtoren.json, at: ["veiligThuisFeedback", "citations"], to: .array([]))
        json = try ProfileParsingTests.changing(json, at: ["veiligThuisFeedback", "note"], to: .string("Wij vragen Veilig Thuis binnen 3 werkdagen."))
        let profile = try ProtocolProfile(json: json)
        #expect(profile.ruleSummaries.first { $0.key == "veiligThuisFeedback" }?.isFromSeed == false)
        let bare = try ProfileParsingTests.changing(json, at: ["veiligThuisFeedback", "note"], to: nil)
        let error = try #require(throws: ProfileError.self) { try ProtocolProfile(json: bare) }
        #expect(error.code == "profile-bad-citation")
    }
}
