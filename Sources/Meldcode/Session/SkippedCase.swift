/// A case a listing leaves out: erased, one the reader is not a member of, or one whose content does not open.
public enum SkippedCase: Sendable {
    /// Its content was erased (also in a replay of a day before the erasure: the keys are gone).
    case erased(String, CaseErasure)
    /// The reader holds no access.
    case noAccess(String)
    /// The reader is a member but holds no copy of the case's key yet (see ``LedgerError/keyNotShared(stream:actor:)``).
    case keyNotShared(String)
    /// Its content does not open with the reader's keys (a damaged or missing key copy); the reason says which.
    case unreadable(String, String)
}
