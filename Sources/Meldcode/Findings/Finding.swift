import Ledger

/// One place where a case's record departs from the meldcode or the school's protocol profile. Findings
/// inform; they never block an event.
public struct Finding: Sendable, Equatable {
    /// The stable code.
    public let code: FindingCode
    /// How much it weighs.
    public let severity: FindingSeverity
    /// The case.
    public let caseID: String
    /// The seqs of the events involved, ascending (the event at fault first where there is one).
    public let seqs: [Int]
    /// What departs, in English with the Dutch terms.
    public let message: String
    /// The seed lines the rule comes from: the profile's own rule where the profile sets it, else the code's.
    public let citation: Citation
    /// What the finding is about, one item a line, in Dutch, for text output (e.g. each late record with the day it
    /// was made and the day it was known); empty where ``FindingCode/dutchText`` and the seqs say it all.
    public let details: [String]

    /// Creates a finding.
    /// - Parameters:
    ///   - code: The code.
    ///   - caseID: The case.
    ///   - seqs: The events involved.
    ///   - message: What departs.
    ///   - severity: The severity; the code's usual one unless given.
    ///   - citation: The seed lines; the code's unless given.
    ///   - details: What it is about, one item a line, in Dutch.
    init(
        _ code: FindingCode, caseID: String, seqs: [Int], message: String, severity: FindingSeverity? = nil, citation: Citation? = nil,
        details: [String] = []
    ) {
        self.details = details
        self.code = code
        self.severity = severity ?? code.severity
        self.caseID = caseID
        self.seqs = seqs
        self.message = message
        self.citation = citation ?? code.citation
    }

    /// The seed file the rule comes from, e.g. `002_98403fc803802b4b.txt`.
    public var seed: String { citation.seed.rawValue }

    /// The finding as JSON: `{"code", "severity", "case", "events": [seq…], "message", "seed", "lines", "quote"}`.
    public var json: JSONValue {
        .object([
            "code": .string(code.rawValue), "severity": .string(severity.rawValue), "case": .string(caseID),
            "events": .array(seqs.map { .integer(Int64($0)) }), "message": .string(message), "seed": .string(seed),
            "lines": .string(citation.lines), "quote": .string(citation.quote),
        ])
    }
}
