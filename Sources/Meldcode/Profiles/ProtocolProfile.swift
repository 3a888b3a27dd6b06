import Ledger

/// A school's adaptation of the meldcode basismodel: who decides, who is consulted, who attends, which
/// terms apply. Every rule carries the seed lines it encodes. Findings compare a case's record against
/// the profile in force (see ``ProfileHistory``).
public struct ProtocolProfile: Sendable, Equatable {
    /// The profile's name, a lowercase slug such as `klimtoren`.
    public let name: String
    /// The school or model it describes, for people.
    public let title: String
    /// The version of this profile (from 1), raised when a school changes it.
    public let version: Int
    /// The seed document the profile encodes.
    public let source: Seed
    /// Step 5: who may decide on a melding, after consulting whom, in which forum.
    public let decision: DecisionRule
    /// Who makes the melding and who must be informed of it.
    public let melder: MelderRule
    /// Step 2: whom the signals must be discussed with (e.g. always the IB'er).
    public let consultation: ConsultationRule
    /// Step 3: who must attend a conversation with parents.
    public let parentConversation: ParentConversationRule
    /// Step 4: where the weighing happens and whether the afwegingskader is used.
    public let weighing: WeighingRule
    /// What follows afweging 2 = doubt: a melding at once, or Veilig Thuis's advice first.
    public let doubt: DoubtRule
    /// The working days within which Veilig Thuis is expected to report back after a melding.
    public let veiligThuisFeedback: VeiligThuisFeedbackRule
    /// When a record counts as late.
    public let recording: RecordingRule
    /// With whom an intended melding is discussed, by the child's age.
    public let ageRule: AgeRule
    /// The forms of violence that require Veilig Thuis advice.
    public let specificForms: SpecificFormsRule
    /// Step 6 "volgen en afsluiten", if the profile has it.
    public let followUp: CitedRequirement?
    /// The requirement to weigh a verwijsindex registration, if the profile has it.
    public let verwijsindex: CitedRequirement?
    /// Weekdays besides the Dutch public holidays on which no term runs: days assimilated to a public holiday
    /// by royal decree (Algemene termijnenwet art. 3 lid 3) and the school's own closed days.
    public let closedDays: [PublicHoliday]
    /// Need to know: the roles that coordinate every case, whether reads are recorded, how long content is kept.
    public let access: AccessRule
    /// The part of the record closed to parents (004 l.11), which the parents' report leaves out.
    public let closedToParents: ClosedToParents

    /// Whether the profile has a sixth step, "volgen en afsluiten".
    public var hasFollowUpStep: Bool { followUp != nil }

    /// Whether a registration in the verwijsindex must be weighed in every case.
    public var mustWeighVerwijsindex: Bool { verwijsindex != nil }

    /// The working days terms are counted in under this profile: Monday to Friday, less the Dutch public
    /// holidays and the profile's ``closedDays``.
    public var workingDays: WorkingDays { WorkingDays(closedDays: Set(closedDays.map(\.day))) }

    init(
        name: String, title: String, version: Int, source: Seed, decision: DecisionRule, melder: MelderRule,
        consultation: ConsultationRule, parentConversation: ParentConversationRule, weighing: WeighingRule,
        doubt: DoubtRule = .afwegingskader, veiligThuisFeedback: VeiligThuisFeedbackRule, recording: RecordingRule, ageRule: AgeRule,
        specificForms: SpecificFormsRule, followUp: CitedRequirement?, verwijsindex: CitedRequirement?,
        closedDays: [PublicHoliday] = [], access: AccessRule = .standard, closedToParents: ClosedToParents = .standard
    ) {
        self.name = name
        self.title = title
        self.version = version
        self.source = source
        self.decision = decision
        self.melder = melder
        self.consultation = consultation
        self.parentConversation = parentConversation
        self.weighing = weighing
        self.doubt = doubt
        self.veiligThuisFeedback = veiligThuisFeedback
        self.recording = recording
        self.ageRule = ageRule
        self.specificForms = specificForms
        self.followUp = followUp
        self.verwijsindex = verwijsindex
        self.closedDays = closedDays.sorted { $0.day < $1.day }
        self.access = access
        self.closedToParents = closedToParents
    }
}
