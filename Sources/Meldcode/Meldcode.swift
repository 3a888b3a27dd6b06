/// The meldcode as events: the event types of a case and their payloads, the rules checked before an
/// event is recorded, the school's protocol profile, and the folds that derive a case's state and
/// findings from its events. Knows nothing of files, terminals or arguments.
public enum Meldcode {}
