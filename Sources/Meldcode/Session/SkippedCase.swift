/// A case a listing leaves out: erased, or one the reader is not a member of.
public enum SkippedCase: Sendable {
    /// Its content was erased.
    case erased(String, CaseErasure)
    /// The reader holds no access.
    case noAccess(String)
}
