import Ledger
import Synchronization

/// A clock that answers whatever moment the story has reached: each example event is recorded at the
/// time its file gives.
final class ScriptedClock: WallClock {
    private let moment: Mutex<Timestamp>

    /// A clock standing at `start`.
    init(_ start: Timestamp) {
        moment = Mutex(start)
    }

    /// Moves the clock to `time`.
    func set(_ time: Timestamp) {
        moment.withLock { $0 = time }
    }

    /// The moment the story has reached.
    func now() -> Timestamp {
        moment.withLock { $0 }
    }
}
