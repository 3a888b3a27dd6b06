import Ledger

/// Everything a report is computed from: the case as of a seq, the school, its actors, the event hashes
/// the report cites, the part closed to parents, and the integrity statement of the log it was read from.
public struct ReportInput: Sendable {
    /// The case as of the report's seq, judged under the profile in force then.
    public let snapshot: CaseSnapshot
    /// The school's name.
    public let organisation: String
    /// The actors of the logbook by id, as enrolled.
    public let actors: [String: ActorProfile]
    /// The hex event hash of each seq the report may cite.
    public let hashes: [Int: String]
    /// What the parents' report leaves out.
    public let closedToParents: ClosedToParents
    /// What was verified of the log the report was read from.
    public let integrity: IntegrityStatement
    /// The one path to payload content.
    public let reader: PayloadReader
    /// The logbook's adopted profiles, under which the evaluation judges each decision.
    public let profiles: ProfileHistory

    /// Creates the input of a report.
    /// - Parameters:
    ///   - snapshot: The case as of the report's seq.
    ///   - organisation: The school's name.
    ///   - actors: The actors by id.
    ///   - hashes: The event hashes by seq.
    ///   - closedToParents: What the parents' report leaves out.
    ///   - integrity: What was verified of the log.
    ///   - reader: The payload reader.
    ///   - profiles: The logbook's adopted profiles.
    public init(
        snapshot: CaseSnapshot, organisation: String, actors: [String: ActorProfile], hashes: [Int: String],
        closedToParents: ClosedToParents = .standard, integrity: IntegrityStatement, reader: PayloadReader = PayloadReader(),
        profiles: ProfileHistory = ProfileHistory()
    ) {
        self.snapshot = snapshot
        self.organisation = organisation
        self.actors = actors
        self.hashes = hashes
        self.closedToParents = closedToParents
        self.integrity = integrity
        self.reader = reader
        self.profiles = profiles
    }
}

/// What was verified of the log a report was read from: the chain up to a seq, its head hash, and the
/// checkpoint the report was issued against, if any.
public struct IntegrityStatement: Sendable, Equatable {
    /// The last seq whose chain, hashes and digests were checked.
    public let verifiedThrough: Int
    /// The hash of that event (hex).
    public let headHash: String
    /// The size of the checkpoint the report's evidence refers to, if any.
    public let checkpointSize: Int?
    /// That checkpoint's root (base64).
    public let checkpointRoot: String?
    /// The log's signed-note verifier key, with which anyone checks the checkpoint and the report's evidence.
    public let verifierKey: String?

    /// Creates a statement.
    /// - Parameters:
    ///   - verifiedThrough: The last seq checked.
    ///   - headHash: Its hash.
    ///   - checkpointSize: The checkpoint's size, if any.
    ///   - checkpointRoot: The checkpoint's root, if any.
    ///   - verifierKey: The log's verifier key, if known.
    public init(verifiedThrough: Int, headHash: String, checkpointSize: Int? = nil, checkpointRoot: String? = nil, verifierKey: String? = nil) {
        self.verifiedThrough = verifiedThrough
        self.headHash = headHash
        self.checkpointSize = checkpointSize
        self.checkpointRoot = checkpointRoot
        self.verifierKey = verifierKey
    }
}
