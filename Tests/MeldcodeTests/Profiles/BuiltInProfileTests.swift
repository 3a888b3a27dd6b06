import Foundation
import Ledger
import Testing
@testable import Meldcode

/// The five built-in profiles: each reads back from its JSON, cites real seed lines, and says what its seed says.
@Suite("Built-in protocol profiles")
struct BuiltInProfileTests {
    @Test("Each built-in profile round-trips through canonical JSON and is kept for schema validation",
          arguments: ProtocolProfile.builtIns)
    func roundTrip(profile: ProtocolProfile) throws {
        let bytes = CanonicalJSON.encode(profile.json)
        let read = try ProtocolProfile(bytes: bytes)
        #expect(read == profile)
        #expect(CanonicalJSON.encode(read.json) == bytes)
        #expect(try ProtocolProfile.builtIn(named: profile.name) == profile)
        try TestArtifacts.keep(profile)
    }

    @Test("Every citation of every built-in profile quotes the lines it names", SeedText.available, arguments: ProtocolProfile.builtIns)
    func citationsQuoteTheirLines(profile: ProtocolProfile) throws {
        for citation in Self.citations(of: profile) {
            #expect(try SeedText.quotes(citation), "\(citation.seed.rawValue) \(citation.lines): \(citation.quote)")
        }
    }

    @Test("The line counts the profiles check citations against are those of the seed files", SeedText.available, arguments: Seed.allCases)
    func lineCounts(seed: Seed) throws {
        #expect(try SeedText.lines(of: seed).count == seed.lineCount)
    }

    @Test("Built-in names are unique and each profile cites its own seed")
    func namesAndSources() {
        let names = ProtocolProfile.builtIns.map(\.name)
        #expect(names == ["basismodel", "pro8", "klimtoren", "innoord", "zorgteam"])
        #expect(Set(ProtocolProfile.builtIns.map(\.source)) == Set(Seed.allCases))
        for profile in ProtocolProfile.builtIns {
            #expect(Self.citations(of: profile).contains { $0.seed == profile.source })
        }
    }

    @Test("An unknown built-in name is refused with profile-unknown")
    func unknownName() {
        #expect(throws: ProfileError.unknownProfile(name: "atlantis")) { try ProtocolProfile.builtIn(named: "atlantis") }
    }

    @Test("002: the director decides in consultation with the IB'er; the IB'er in step 2; IB'er or director with the parents")
    func klimtoren() {
        let profile = ProtocolProfile.klimtoren
        #expect(profile.decision.deciders == [.directeur])
        #expect(profile.decision.mustConsult == [.internBegeleider])
        #expect(profile.consultation.requiresInternBegeleider)
        #expect(profile.parentConversation.attendAnyOf == [.directeur, .internBegeleider])
        #expect(profile.veiligThuisFeedback.workingDays == 5)
        #expect(profile.specificForms.adviceRequiredFor.contains(.forcedMarriage))
        #expect(!profile.hasFollowUpStep && !profile.mustWeighVerwijsindex)
    }

    @Test("000: director or IB'er makes the melding, the director is informed; both pupil and parents from 12 to 15")
    func pro8() throws {
        let profile = ProtocolProfile.pro8
        #expect(profile.melder.melders == [.directeur, .internBegeleider])
        #expect(profile.melder.mustInform == [.directeur])
        #expect(try #require(profile.ageRule.band(forAge: 13)).discussWith == .childAndParents)
        #expect(profile.hasFollowUpStep && profile.mustWeighVerwijsindex)
    }

    @Test("003 and 004 weigh and decide in a team; 001 leaves it to the professional and names no one for step 2")
    func forums() {
        #expect(ProtocolProfile.innoord.decision.forum == .zbo && ProtocolProfile.innoord.weighing.forum == .zbo)
        #expect(ProtocolProfile.innoord.hasFollowUpStep)
        #expect(ProtocolProfile.zorgteam.decision.forum == .zorgteam && ProtocolProfile.zorgteam.melder.agreedIn == .zorgteam)
        #expect(ProtocolProfile.basismodel.decision.forum == .individueel)
        #expect(!ProtocolProfile.basismodel.consultation.requiresInternBegeleider)
        #expect(!ProtocolProfile.basismodel.decision.deciders.contains(.administratie))
    }

    @Test("The basismodel's age rule: under 12 the parents, 12 to 15 the child and/or the parent, 16 and older the child",
          arguments: [(0, DiscussionParties.parents), (11, .parents), (12, .childOrParents), (15, .childOrParents), (16, .child), (17, .child)])
    func ageBands(age: Int, expected: DiscussionParties) throws {
        #expect(try #require(ProtocolProfile.basismodel.ageRule.band(forAge: age)).discussWith == expected)
    }

    @Test("Discussion parties are satisfied only by the people they name")
    func discussionParties() {
        #expect(DiscussionParties.parents.isSatisfied(child: false, parents: true))
        #expect(!DiscussionParties.parents.isSatisfied(child: true, parents: false))
        #expect(DiscussionParties.childOrParents.isSatisfied(child: true, parents: false))
        #expect(!DiscussionParties.childOrParents.isSatisfied(child: false, parents: false))
        #expect(!DiscussionParties.childAndParents.isSatisfied(child: true, parents: false))
        #expect(DiscussionParties.childAndParents.isSatisfied(child: true, parents: true))
        #expect(!DiscussionParties.child.isSatisfied(child: false, parents: true))
    }

    static func citations(of profile: ProtocolProfile) -> [Citation] {
        let rules: [any ProfileRule] = [
            profile.decision, profile.melder, profile.consultation, profile.parentConversation, profile.weighing,
            profile.veiligThuisFeedback, profile.recording, profile.ageRule, profile.specificForms,
        ] + [profile.followUp, profile.verwijsindex].compactMap { $0 }
        return rules.flatMap(\.citations)
    }
}
