/// What `logboek knowledge` is asked.
public enum KnowledgeQuestion: Sendable, Equatable {
    /// Who knew this event, since when and how.
    case whoKnew(seq: Int)
    /// What these knowers (an actor, or the parties matching a name) knew.
    case whatKnew([Knower])
    /// When the school first knew each signal and each specific form of violence.
    case schoolFirstKnew
}
