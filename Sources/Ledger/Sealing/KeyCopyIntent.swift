import Sodium

/// What a batch is about to do to the key copies, written and synced to `casekeys/PENDING.json` before the first
/// copy, and removed once everything after the batch's append is done: the copies it writes before the append,
/// and the copies it removes and the folders it destroys after it.
///
/// A crash anywhere in between leaves the intent behind, and the next writer to open the logbook settles it
/// before anything else: if the log holds the batch (it has events from `seq` on), the removals and destructions
/// are done (an erasure or a withdrawal is finished); if not, the copies it wrote are removed, so a key nobody's
/// event names is never kept and a grant that was never recorded gives no one a working copy.
public struct KeyCopyIntent: Sendable, Equatable {
    /// One copy: the stream's folder, the epoch and the holder.
    public struct Copy: Sendable, Equatable {
        /// The stream's folder under `casekeys/`.
        public let folder: String
        /// The key's epoch.
        public let epoch: Int
        /// Who it is sealed to.
        public let holder: KeyHolder

        /// Names a copy.
        public init(folder: String, epoch: Int, holder: KeyHolder) {
            self.folder = folder
            self.epoch = epoch
            self.holder = holder
        }
    }

    /// One holder's copies of a folder, every epoch, removed after the append: all of them (the holder's access
    /// ended), or only those sealed to one public key (the holder's key was rotated).
    public struct Removal: Sendable, Equatable {
        /// The stream's folder under `casekeys/`.
        public let folder: String
        /// Whose copies.
        public let holder: KeyHolder
        /// Only the copies sealed to this key; `nil`: every copy of the holder.
        public let sealedTo: X25519PublicKey?

        /// Names a removal.
        public init(folder: String, holder: KeyHolder, sealedTo: X25519PublicKey? = nil) {
            self.folder = folder
            self.holder = holder
            self.sealedTo = sealedTo
        }
    }

    /// The seq the batch's first event gets.
    public let seq: Int
    /// The copies written before the append.
    public let copies: [Copy]
    /// The holders whose copies of a folder are removed after the append (a withdrawal).
    public let removals: [Removal]
    /// The folders destroyed after the append (an erasure).
    public let destructions: [String]

    /// Describes a batch's key work.
    /// - Parameters:
    ///   - seq: The seq the batch's first event gets.
    ///   - copies: The copies written before the append.
    ///   - removals: The copies removed after it.
    ///   - destructions: The folders destroyed after it.
    public init(seq: Int, copies: [Copy], removals: [Removal], destructions: [String]) {
        self.seq = seq
        self.copies = copies
        self.removals = removals
        self.destructions = destructions
    }

    /// Whether nothing is to be done.
    public var isEmpty: Bool { copies.isEmpty && removals.isEmpty && destructions.isEmpty }

    /// The intent's canonical JSON.
    var json: JSONValue {
        .object([
            "v": .integer(1),
            "seq": .integer(Int64(seq)),
            "copies": .array(copies.map { .object(["folder": .string($0.folder), "epoch": .integer(Int64($0.epoch)), "holder": .string($0.holder.fileName)]) }),
            "removals": .array(removals.map(\.json)),
            "destructions": .array(destructions.map { .string($0) }),
        ])
    }

    /// Reads an intent from its file's JSON.
    init(json: JSONValue) throws(EventProblem) {
        var reader = try EnvelopeReader(json, what: "the pending key work")
        guard try reader.integer("v") == 1 else { throw EventProblem(code: .malformedEvent, message: "the pending key work is not of version 1") }
        seq = Int(try reader.integer("seq", minimum: 0, maximum: Int64(Int32.max)))
        copies = try Self.objects(reader.member("copies")).map { object throws(EventProblem) in
            var copy = try EnvelopeReader(object, what: "a pending copy")
            let result = Copy(
                folder: try Self.folder(copy.string("folder")), epoch: Int(try copy.integer("epoch", minimum: 0, maximum: Int64(Int32.max))),
                holder: try Self.holder(copy.string("holder")))
            try copy.requireNoOtherMembers()
            return result
        }
        removals = try Self.objects(reader.member("removals")).map { object throws(EventProblem) in
            var removal = try EnvelopeReader(object, what: "a pending removal")
            let sealedTo = try removal.optionalEncryptionKey("sealedTo")
            let result = Removal(folder: try Self.folder(removal.string("folder")), holder: try Self.holder(removal.string("holder")), sealedTo: sealedTo)
            try removal.requireNoOtherMembers()
            return result
        }
        destructions = try Self.objects(reader.member("destructions")).map { value throws(EventProblem) in
            guard let folder = value.stringValue else { throw EventProblem(code: .malformedEvent, message: "a pending destruction is not a folder name") }
            return try Self.folder(folder)
        }
        try reader.requireNoOtherMembers()
    }

    private static func objects(_ value: JSONValue) throws(EventProblem) -> [JSONValue] {
        guard let items = value.arrayValue else { throw EventProblem(code: .malformedEvent, message: "the pending key work holds a list that is not one") }
        return items
    }

    private static func folder(_ name: String) throws(EventProblem) -> String {
        guard !name.isEmpty, !name.contains("/"), name != ".", name != ".." else {
            throw EventProblem(code: .malformedEvent, message: "'\(name)' is not a folder of casekeys/")
        }
        return name
    }

    private static func holder(_ fileName: String) throws(EventProblem) -> KeyHolder {
        guard let holder = KeyHolder(fileName: fileName) else { throw EventProblem(code: .malformedEvent, message: "'\(fileName)' names no holder") }
        return holder
    }
}

extension KeyCopyIntent.Removal {
    /// The removal's canonical JSON (`sealedTo` only when it names a key).
    var json: JSONValue {
        var members: [String: JSONValue] = ["folder": .string(folder), "holder": .string(holder.fileName)]
        if let sealedTo { members["sealedTo"] = .string(Base64.encode(sealedTo.bytes)) }
        return .object(members)
    }
}
