/// Why the meldcode refuses to record an event, each with a stable code, what to do instead and the
/// seed the rule comes from.
public enum Refusal: String, Sendable, Equatable, CaseIterable {
    /// The payload does not match its type's schema (missing or unknown member, wrong kind, bad date).
    case invalidPayload = "invalid-payload"
    /// Information from a third party without the party's name or role, or without its date.
    case sourceMissing = "source-missing"
    /// A diagnosis not made by a qualified profession.
    case diagnosisUnqualified = "diagnosis-unqualified"
    /// A conversation or the discussion of a melding skipped without a permitted reason.
    case skipReasonNotPermitted = "skip-reason-not-permitted"
    /// A melding anonymous towards the family without one of the three permitted reasons.
    case anonymityReasonMissing = "anonymity-reason-missing"
    /// A date of observation, conversation or receipt after the moment of recording.
    case dateInFuture = "date-in-future"
    /// A date of something that happened to the child before the child was born.
    case dateBeforeBirth = "date-before-birth"
    /// A `seq` reference to no event, or to a later one.
    case unknownReference = "unknown-reference"
    /// A `seq` reference to an event of another case or outside any case.
    case referenceOtherCase = "reference-other-case"
    /// A `seq` reference to an event of the wrong type.
    case referenceWrongType = "reference-wrong-type"
    /// A decision confirmed by someone who is not among its deciders.
    case notADecider = "not-a-decider"
    /// A decision confirmed that already stands.
    case decisionAlreadyStands = "decision-already-stands"
    /// A melding by someone whose role the profile does not let make it, with no standing decision behind it.
    case melderNotAllowed = "melder-not-allowed"
    /// A melding's fact that is no fact: a hypothesis, a weighing, advice or a decision instead of what was seen or heard.
    case notAFact = "not-a-fact"
    /// A hypothesis confirmed or refuted a second time.
    case alreadySettled = "hypothesis-already-settled"
    /// An event for a case that is closed or redirected.
    case caseNotOpen = "case-not-open"
    /// An event for a case that was never opened.
    case caseNotFound = "case-not-found"
    /// A case opened a second time.
    case caseAlreadyOpen = "case-already-open"
    /// A case re-opened that is not closed or redirected.
    case caseNotClosed = "case-not-closed"
    /// A meldcode event in a stream where it does not belong.
    case wrongStream = "wrong-stream"
    /// An event of a type the meldcode does not know, in a case stream.
    case unknownType = "unknown-type"
    /// An event for, or a read of, a case whose content was erased.
    case caseErased = "case-erased"
    /// Access granted or withdrawn by someone who does not coordinate cases.
    case notACoordinator = "not-a-coordinator"
    /// Access granted to a member, or withdrawn from someone who is not one (or coordinates by their role).
    case accessUnchanged = "access-unchanged"

    /// The stable code, e.g. `source-missing`.
    public var code: String { rawValue }

    /// The seed file (and where in it) the rule comes from, or `nil` for a payload that does not match its
    /// type's description, which no one seed line governs.
    public var seed: String? {
        switch self {
        case .invalidPayload: nil
        case .sourceMissing: "002_98403fc803802b4b.txt line 74: \"Vermeld altijd de bron en datum\""
        case .diagnosisUnqualified: "002_98403fc803802b4b.txt line 75 and 001_d96ffb29215577c0.txt line 479: diagnoses only by a bevoegde beroepskracht"
        case .skipReasonNotPermitted: "000_9dc667da707d7897.txt lines 306-314, 002_98403fc803802b4b.txt line 121 and 004_cf2a82df8bb67966.txt lines 93-96, 186-190"
        case .anonymityReasonMissing: "001_d96ffb29215577c0.txt lines 300-304 and 002_98403fc803802b4b.txt line 193"
        case .dateInFuture: "000_9dc667da707d7897.txt (Verslaglegging): signals recorded as facts, as observed"
        case .dateBeforeBirth: "000_9dc667da707d7897.txt lines 162-164: signals and facts recorded as concretely and objectively as possible"
        case .unknownReference, .referenceOtherCase, .referenceWrongType: "001_d96ffb29215577c0.txt lines 476-479: a follow-up note refers to what it confirms or refutes"
        case .notADecider, .decisionAlreadyStands:
            "002_98403fc803802b4b.txt lines 153 and 207: the director, with the IB'er, is responsible for the decision"
        case .melderNotAllowed: "000_9dc667da707d7897.txt lines 220-224: from school the director or the IB'er makes the melding"
        case .notAFact: "004_cf2a82df8bb67966.txt lines 164-167 and 001_d96ffb29215577c0.txt lines 247-249: a melding reports the facts and events seen"
        case .alreadySettled: "002_98403fc803802b4b.txt line 73: one vervolgaantekening when a hypothesis is bevestigd of ontkracht"
        case .caseNotOpen, .caseNotFound, .caseAlreadyOpen, .caseNotClosed: "003_28de57f78ee7190f.txt line 125: stap 6 volgen en afsluiten"
        case .wrongStream: "002_98403fc803802b4b.txt line 86: signals outside the stappenplan are a case of their own"
        case .unknownType: "000_9dc667da707d7897.txt (Verslaglegging): a case file holds the meldcode's steps, each recorded as its own kind"
        case .caseErased: "000_9dc667da707d7897.txt lines 74-76: the AVG and the privacyreglement govern the record"
        case .notACoordinator, .accessUnchanged: "002_98403fc803802b4b.txt line 98: the intern begeleider is bevoegd tot het verstrekken van informatie vanuit het zorgdossier"
        }
    }

    /// What to do about it.
    public var advice: String {
        switch self {
        case .invalidPayload: "`logboek record` with the type and `--help` names each member's flag, `logboek schema` with the type its fields"
        case .sourceMissing: "give the third party's name or role and the date of the information"
        case .diagnosisUnqualified: "a diagnosis needs a qualified profession (psycholoog, orthopedagoog, jeugdarts, ...); record your own suspicion as hypothesis.recorded"
        case .skipReasonNotPermitted:
            "give one of the permitted reasons: safety-child, safety-professional, safety-other, family-breaks-contact, or for a conversation with the child alone child-age-or-development"
        case .anonymityReasonMissing: "give one of the permitted reasons: threat-to-child, threat-to-professional, trust-relationship, or make the melding by name"
        case .dateInFuture: "record what happened after it happened; check the date"
        case .dateBeforeBirth: "check the date, or the birth date the case was opened with (correct that with record.corrected)"
        case .unknownReference, .referenceOtherCase, .referenceWrongType: "check the seq with `logboek log --stream case/ID`"
        case .notADecider: "a decision is confirmed by one of those it names in decidedBy, signing as themselves (--as)"
        case .decisionAlreadyStands: "the decision already stands; record a new decision.recorded to change it"
        case .melderNotAllowed:
            "let someone holding a role the profile names make the melding (`logboek profile show`), or record the decision on the melding first"
        case .notAFact: "refer to signals, the signaleringslijst, conversations, diagnoses, evaluations, follow-ups or contact notes; a hypothesis or an interpretation is no fact"
        case .alreadySettled: "a settled hypothesis stays settled; record a new hypothesis or a record.corrected"
        case .caseNotOpen: "record case.reopened first if the case must continue"
        case .caseNotFound: "open the case first with `logboek case open`"
        case .caseAlreadyOpen: "choose another case id, or record in the existing case"
        case .caseNotClosed: "only a closed or redirected case can be re-opened"
        case .wrongStream: "record case events in stream case/ID (one segment after case/)"
        case .unknownType: "use one of the types `logboek record --help` lists (a free note is note.recorded)"
        case .caseErased: "an erased case takes no new records and its content can no longer be read; `logboek case list` shows when and why"
        case .notACoordinator: "ask someone holding a coordinating role (`logboek profile show`, rule access) to grant or withdraw access"
        case .accessUnchanged: "`logboek case members --case ID` lists who reads the case and why; coordinators read every case by their role"
        }
    }
}
