import Foundation
import Sodium

/// The copies of sealed streams' keys, kept outside the log under `casekeys/<folder>/<epoch>/<holder>.json`,
/// one folder per stream (the caller names it: the meldcode uses the case id). Copies are written and synced
/// before the event that needs them; destroying a folder destroys the only way to read its stream.
public struct KeyCopyStore: Sendable {
    /// The logbook.
    public let layout: LogbookLayout

    /// The key copies of a logbook.
    /// - Parameter layout: The logbook.
    public init(layout: LogbookLayout) {
        self.layout = layout
    }

    /// One epoch of a stream's key and who gets a copy of it.
    public struct Copies {
        /// The stream key.
        public let key: StreamKey
        /// Its stream.
        public let stream: String
        /// The stream's folder under `casekeys/`.
        public let folder: String
        /// Who gets a copy, with the public key to seal it to.
        public let holders: [(KeyHolder, X25519PublicKey)]

        /// Names the copies of one key.
        public init(key: StreamKey, stream: String, folder: String, holders: [(KeyHolder, X25519PublicKey)]) {
            self.key = key
            self.stream = stream
            self.folder = folder
            self.holders = holders
        }
    }

    /// Seals each key to its holders and writes the copies, replacing a holder's older copy of that epoch, as one group:
    /// all are written, then synced together, then moved into place, and each folder is synced once (see
    /// ``FileSystem/writeAtomically(_:syncing:permissions:)``). Every copy is durable before this returns.
    /// - Parameter group: The keys and their holders.
    /// - Throws: An I/O error, or ``LedgerError/invalidInput(_:)`` for a weak public key.
    public func write(_ group: [Copies]) throws(LedgerError) {
        var created = Set<URL>()
        var files = [(bytes: [UInt8], file: URL)]()
        for copies in group {
            let directory = epochFolder(copies.folder, copies.key.epoch)
            for folder in [layout.streamKeys, self.folder(copies.folder), directory] where !FileManager.default.fileExists(atPath: folder.path) {
                try FileSystem.createDirectory(folder, permissions: 0o700)
                created.insert(folder.deletingLastPathComponent())
            }
            for (holder, publicKey) in copies.holders {
                let copy = try KeyCopy(copies.key, of: copies.stream, to: holder, publicKey: publicKey)
                files.append((CanonicalJSON.encode(copy.json) + [0x0A], directory.appendingPathComponent(holder.fileName)))
            }
        }
        try FileSystem.writeAtomically(files, syncing: created)
    }

    /// Every copy of a folder, epoch by epoch.
    /// - Parameter folder: The stream's folder.
    /// - Returns: The copies; none for a folder that does not exist (a stream never sealed, or erased).
    /// - Throws: An I/O error, or ``LedgerError/damagedKeyFile(path:reason:)`` for a copy that does not read.
    public func copies(in folder: String) throws(LedgerError) -> [KeyCopy] {
        var copies = [KeyCopy]()
        for name in try FileSystem.names(in: self.folder(folder)).sorted() {
            guard let epoch = Int(name), String(epoch) == name else { continue }
            for fileName in try FileSystem.names(in: epochFolder(folder, epoch)).sorted() {
                guard let holder = KeyHolder(fileName: fileName) else { continue }
                copies.append(try read(epochFolder(folder, epoch).appendingPathComponent(fileName), holder: holder, epoch: epoch))
            }
        }
        return copies
    }

    /// The streams' folders under `casekeys/` (the meldcode's case ids), in no particular order.
    /// - Throws: An I/O error.
    public func folders() throws(LedgerError) -> [String] {
        guard FileManager.default.fileExists(atPath: layout.streamKeys.path) else { return [] }
        return try FileSystem.names(in: layout.streamKeys).filter { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder(name).path, isDirectory: &isFolder) && isFolder.boolValue
        }
    }

    /// Opens every epoch of a stream's key that is sealed to `holder` under `secret`.
    /// - Parameters:
    ///   - folder: The stream's folder.
    ///   - holder: The holder.
    ///   - secret: The holder's X25519 secret key.
    ///   - arena: Where to keep the keys, if in an arena holding many (a listing's, see ``SymmetricKeyArena``).
    /// - Returns: The opened keys, by epoch; copies sealed to another key of the holder (stale) are left out.
    /// - Throws: An I/O error or a damaged copy.
    public func open(
        _ folder: String, as holder: KeyHolder, with secret: X25519SecretKey, in arena: SymmetricKeyArena? = nil
    ) throws(LedgerError) -> [StreamKey] {
        // Paths as strings and only the holder's own file per epoch: a listing opens thousands of cases' keys.
        let base = layout.streamKeys.path + "/" + folder + "/"
        var keys = [StreamKey]()
        for name in (try? FileManager.default.contentsOfDirectory(atPath: base))?.sorted() ?? [] {
            guard let epoch = Int(name), String(epoch) == name,
                  let data = FileManager.default.contents(atPath: base + name + "/" + holder.fileName) else { continue }
            if let key = try copy([UInt8](data), path: base + name + "/" + holder.fileName, holder: holder, epoch: epoch).open(with: secret, in: arena) {
                keys.append(key)
            }
        }
        return keys
    }

    /// Removes every copy a holder has of a stream's key (their access was withdrawn), or only those sealed to
    /// one of their keys (that key was rotated away).
    /// - Parameters:
    ///   - holder: The holder.
    ///   - folder: The stream's folder.
    ///   - sealedTo: Only copies sealed to this key; `nil`: every copy.
    /// - Throws: An I/O error, or a damaged copy when `sealedTo` asks to read them.
    public func remove(_ holder: KeyHolder, from folder: String, sealedTo: X25519PublicKey? = nil) throws(LedgerError) {
        for name in try FileSystem.names(in: self.folder(folder)) {
            guard let epoch = Int(name) else { continue }
            let file = epochFolder(folder, epoch).appendingPathComponent(holder.fileName)
            if let sealedTo {
                guard FileManager.default.fileExists(atPath: file.path), try read(file, holder: holder, epoch: epoch).holderKey == sealedTo else { continue }
            }
            try FileSystem.remove(file)
        }
    }

    /// Destroys the stream's sealed summary (``SealedSummaries``), then every copy of its key, of every epoch and every
    /// holder, and the folder itself, each removal synced: after this nobody, the recovery key included, can open the
    /// stream's content.
    /// - Parameter folder: The stream's folder.
    /// - Returns: How many copies were destroyed.
    /// - Throws: An I/O error.
    @discardableResult
    public func destroy(_ folder: String) throws(LedgerError) -> Int {
        try SealedSummaries(layout: layout).remove(folder)
        var destroyed = 0
        for name in try FileSystem.names(in: self.folder(folder)) {
            let directory = self.folder(folder).appendingPathComponent(name)
            for fileName in try FileSystem.names(in: directory) {
                try FileSystem.remove(directory.appendingPathComponent(fileName))
                destroyed += 1
            }
            try FileSystem.removeDirectory(directory)
        }
        try FileSystem.removeDirectory(self.folder(folder))
        return destroyed
    }

    /// Records what a batch is about to do to the copies (see ``KeyCopyIntent``), synced, before it does any of it.
    /// - Parameter intent: The batch's key work.
    /// - Throws: An I/O error.
    public func begin(_ intent: KeyCopyIntent) throws(LedgerError) {
        try FileSystem.createDirectory(layout.streamKeys, permissions: 0o700)
        try FileSystem.writeAtomically(CanonicalJSON.encode(intent.json) + [0x0A], to: pendingFile, replacing: true)
    }

    /// Does what follows a batch's append — removes the copies of withdrawn holders, destroys erased folders — and
    /// then forgets the intent.
    /// - Parameter intent: The batch's key work, begun with ``begin(_:)``.
    /// - Returns: How many copies the destructions removed.
    /// - Throws: An I/O error (the intent then stays, and the next writer finishes it).
    @discardableResult
    public func finish(_ intent: KeyCopyIntent) throws(LedgerError) -> Int {
        for removal in intent.removals { try remove(removal.holder, from: removal.folder, sealedTo: removal.sealedTo) }
        var destroyed = 0
        for folder in intent.destructions { destroyed += try destroy(folder) }
        try FileSystem.remove(pendingFile)
        return destroyed
    }

    /// Takes back a batch that was not appended: removes the copies it wrote (and any it had not yet moved into place),
    /// then forgets the intent.
    /// - Parameter intent: The batch's key work, begun with ``begin(_:)``.
    /// - Throws: An I/O error (the intent then stays, and the next writer takes the batch back).
    public func undo(_ intent: KeyCopyIntent) throws(LedgerError) {
        for copy in intent.copies { try FileSystem.remove(epochFolder(copy.folder, copy.epoch).appendingPathComponent(copy.holder.fileName)) }
        for folder in Set(intent.copies.map { epochFolder($0.folder, $0.epoch) }) { try FileSystem.removeTemporaries(in: folder) }
        try FileSystem.remove(pendingFile)
    }

    /// Settles the key work an interrupted batch left behind: finished if the log holds the batch, taken back if not.
    /// Only a writer holding the lock calls this, before it appends anything.
    /// - Parameter nextSeq: The number of events in the log.
    /// - Returns: The intent settled and whether its batch was in the log, or `nil` when none was pending.
    /// - Throws: An I/O error, or ``LedgerError/damagedKeyFile(path:reason:)`` for a pending file that does not read.
    public func settle(nextSeq: Int) throws(LedgerError) -> (intent: KeyCopyIntent, appended: Bool)? {
        guard FileManager.default.fileExists(atPath: pendingFile.path) else { return nil }
        let intent: KeyCopyIntent
        do {
            intent = try KeyCopyIntent(json: try CanonicalJSON.parse(try FileSystem.read(pendingFile)))
        } catch let error as EventProblem {
            throw .damagedKeyFile(path: pendingFile.path, reason: error.message)
        } catch {
            throw .damagedKeyFile(path: pendingFile.path, reason: "it is not the canonical JSON of pending key work")
        }
        let appended = nextSeq > intent.seq
        if appended { try finish(intent) } else { try undo(intent) }
        return (intent, appended)
    }

    /// Whether a stream's folder exists.
    /// - Parameter folder: The stream's folder.
    public func exists(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: self.folder(folder).path)
    }

    private func folder(_ name: String) -> URL { layout.streamKeys.appendingPathComponent(name, isDirectory: true) }

    /// `casekeys/PENDING.json`: the key work of a batch under way (capitals: no case id can take that name).
    private var pendingFile: URL { layout.streamKeys.appendingPathComponent("PENDING.json") }

    private func epochFolder(_ name: String, _ epoch: Int) -> URL {
        folder(name).appendingPathComponent(String(epoch), isDirectory: true)
    }

    private func read(_ file: URL, holder: KeyHolder, epoch: Int) throws(LedgerError) -> KeyCopy {
        try copy(try FileSystem.read(file), path: file.path, holder: holder, epoch: epoch)
    }

    /// The copy a file's bytes hold, which must be of `epoch`.
    private func copy(_ bytes: [UInt8], path: String, holder: KeyHolder, epoch: Int) throws(LedgerError) -> KeyCopy {
        let copy: KeyCopy
        do {
            copy = try KeyCopy(json: try CanonicalJSON.parse(bytes), holder: holder)
        } catch let error as LedgerError {
            throw error
        } catch let error as EventProblem {
            throw .damagedKeyFile(path: path, reason: error.message)
        } catch {
            throw .damagedKeyFile(path: path, reason: "it is not JSON: \(error)")
        }
        guard copy.epoch == epoch else { throw .damagedKeyFile(path: path, reason: "it holds epoch \(copy.epoch), not \(epoch)") }
        return copy
    }
}
