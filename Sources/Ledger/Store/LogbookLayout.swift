import Foundation

/// Where a logbook keeps its files inside its directory.
public struct LogbookLayout: Sendable, Equatable {
    /// The logbook's directory.
    public let directory: URL

    /// Describes the logbook in `directory`.
    /// - Parameter directory: The logbook's directory.
    public init(directory: URL) {
        self.directory = directory.standardizedFileURL
    }

    /// The append-only event log.
    public var log: URL { directory.appendingPathComponent("log.jsonl") }
    /// The lock file writers hold while appending.
    public var lock: URL { directory.appendingPathComponent("write.lock") }
    /// The private keys, each sealed with its holder's passphrase.
    public var keys: URL { directory.appendingPathComponent("keys", isDirectory: true) }
    /// The lock publications of the logbook's tiles hold, so they take turns.
    public var publishLock: URL { directory.appendingPathComponent("publish.lock") }
    /// Keys replaced by a rotation, kept so old sealed material stays explainable.
    public var retiredKeys: URL { keys.appendingPathComponent("retired", isDirectory: true) }
    /// Signed checkpoints the logbook has issued or received.
    public var checkpoints: URL { directory.appendingPathComponent("checkpoints", isDirectory: true) }
    /// The derived hash index (event hashes and cached subtree hashes): rebuilt from the log whenever it
    /// does not match it, never trusted.
    public var index: URL { directory.appendingPathComponent("index", isDirectory: true) }
    /// The derived state (where events are, the chain's head, the stream versions): rebuilt from the log
    /// whenever it does not match it, never trusted; it holds no payload content.
    public var state: URL { directory.appendingPathComponent("state", isDirectory: true) }
    /// Bytes of unfinished writes removed from the end of the log, kept for inspection.
    public var tornTails: URL { directory.appendingPathComponent("torn", isDirectory: true) }

    /// The copies of the keys of sealed streams, one folder per stream (see ``KeyCopyStore``).
    public var streamKeys: URL { directory.appendingPathComponent("casekeys", isDirectory: true) }

    /// The key file of an actor.
    /// - Parameter actor: The actor id.
    /// - Returns: `keys/<actor>.key`.
    public func keyFile(for actor: String) -> URL {
        keys.appendingPathComponent("\(actor).key")
    }

    /// How a pending key file's name ends.
    static let pendingKeySuffix = ".key.new"

    /// The new key of an actor, written before the event that registers it and renamed over
    /// ``keyFile(for:)`` after it.
    /// - Parameter actor: The actor id.
    /// - Returns: `keys/<actor>.key.new`.
    public func pendingKeyFile(for actor: String) -> URL {
        keys.appendingPathComponent(actor + Self.pendingKeySuffix)
    }

    /// Where an actor's key replaced at `seq` is kept.
    /// - Parameters:
    ///   - actor: The actor id.
    ///   - seq: The seq of the rotation that replaced it.
    /// - Returns: `keys/retired/<actor>.<seq>.key`.
    public func retiredKeyFile(for actor: String, replacedAt seq: Int) -> URL {
        retiredKeys.appendingPathComponent("\(actor).\(seq).key")
    }
}
