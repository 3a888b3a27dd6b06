import Ledger

/// The corrections of one case that name a member and its new value, by the record they correct, in log order;
/// and each record as the projections read it, with its corrections applied.
public struct Corrections: Sendable, Equatable {
    /// The corrections of each corrected record, in log order.
    private var bySeq: [Int: [FieldCorrection]] = [:]

    /// No corrections.
    public init() {}

    /// Whether no record is corrected.
    public var isEmpty: Bool { bySeq.isEmpty }

    /// Takes in a `record.corrected` that names a member and its new value.
    /// - Parameters:
    ///   - event: A `record.corrected`.
    ///   - type: The corrected record's type.
    /// - Returns: The correction when it is new to this fold (so projections folded before it must be folded again),
    ///   else `nil` (a correction in words, one that names no valid member, or one already taken in).
    mutating func add(_ event: RecordedEvent, correcting type: String?) -> FieldCorrection? {
        guard event.type == EventType.recordCorrected, let type,
              let correction = try? FieldCorrection.resolve(event.payload, seq: event.seq, correcting: type),
              !(bySeq[correction.target] ?? []).contains(where: { $0.seq == event.seq })
        else { return nil }
        bySeq[correction.target, default: []].append(correction)
        return correction
    }

    /// The corrections of one record, in log order.
    /// - Parameter seq: The record's seq.
    /// - Returns: Its corrections (empty if none).
    public func of(_ seq: Int) -> [FieldCorrection] { bySeq[seq] ?? [] }

    /// An event as the projections read it: its payload with every correction of it applied.
    /// - Parameter event: A recorded event.
    /// - Returns: The event, or a copy with the corrected payload.
    public func applied(to event: RecordedEvent) -> RecordedEvent {
        guard let corrections = bySeq[event.seq] else { return event }
        let payload = corrections.reduce(event.payload) { $1.applied(to: $0) }
        return RecordedEvent(seq: event.seq, recordedAt: event.recordedAt, author: event.author, type: event.type, stream: event.stream, payload: payload)
    }

    /// The value a correction replaced: the member's value with only the earlier corrections applied.
    /// - Parameters:
    ///   - correction: One of the corrections.
    ///   - original: The corrected record's payload as logged.
    /// - Returns: The value before the correction, or `nil` if the member was absent.
    public func previous(of correction: FieldCorrection, in original: [String: JSONValue]) -> JSONValue? {
        let earlier = of(correction.target).filter { $0.seq < correction.seq }
        return correction.current(in: earlier.reduce(original) { $1.applied(to: $0) })
    }
}
