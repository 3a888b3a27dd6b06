/// Who a copy of a stream key is sealed to: an actor (to their X25519 key in the registry), or the
/// organisation's recovery key, whose secret the board keeps offline.
public enum KeyHolder: Sendable, Hashable {
    /// An actor of the logbook.
    case actor(String)
    /// The organisation's recovery key.
    case recovery

    /// The holder as a copy names it: the actor id, or `recovery`.
    public var name: String {
        switch self {
        case .actor(let id): id
        case .recovery: "recovery"
        }
    }

    /// The copy's file name: `actor.<id>.json` or `recovery.json`.
    var fileName: String {
        switch self {
        case .actor(let id): "actor.\(id).json"
        case .recovery: "recovery.json"
        }
    }

    /// The holder a copy's file name names, if it names one.
    init?(fileName: String) {
        if fileName == "recovery.json" {
            self = .recovery
        } else if fileName.hasPrefix("actor."), fileName.hasSuffix(".json") {
            let id = String(fileName.dropFirst("actor.".count).dropLast(".json".count))
            guard Names.isActorID(id) else { return nil }
            self = .actor(id)
        } else {
            return nil
        }
    }
}
