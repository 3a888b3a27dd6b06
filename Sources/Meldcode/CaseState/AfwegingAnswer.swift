import Ledger

/// One answer on the afwegingskader (002 Bijlage 1, lines 223-273), with the event that gave it.
public struct AfwegingAnswer: Sendable, Equatable {
    /// The question, 1 (vermoeden) to 5 (resultaat).
    public let afweging: Int
    /// The answer as the payload carries it: `no-concern`/`strong-suspicion` (1); `no`, `acute`, `structural`,
    /// `acute-and-structural`, `doubt` (2); `yes`/`no` (3–5).
    public let answer: String
    /// The seq of the event that gave it (`weighing.recorded`, `decision.recorded` signed by a decider, the
    /// `decision.confirmed` that made a decision stand, or `help.evaluated`).
    public let seq: Int
    /// The seq of the answer to the same afweging this one took the place of: a decision on afweging 5 right after
    /// the evaluation of the help that answered it (or the other way round) is one answer, the later one, which the
    /// route takes.
    public internal(set) var replaces: Int? = nil

    /// The answer as JSON: `{"afweging": 2, "answer": "acute", "seq": 16, "replaces"?: 14}`.
    public var json: JSONValue {
        var members: [String: JSONValue] = ["afweging": .integer(Int64(afweging)), "answer": .string(answer), "seq": .integer(Int64(seq))]
        if let replaces { members["replaces"] = .integer(Int64(replaces)) }
        return .object(members)
    }

    /// Adds answers to a case's list: an answer to afweging 5 right after another answer to it replaces that one.
    /// - Parameters:
    ///   - added: The new answers, in order.
    ///   - answers: The case's answers so far.
    static func append(_ added: [AfwegingAnswer], to answers: inout [AfwegingAnswer]) {
        for var answer in added {
            if answer.afweging == 5, let last = answers.last, last.afweging == 5 {
                answer.replaces = last.seq
                answers[answers.count - 1] = answer
            } else {
                answers.append(answer)
            }
        }
    }

    /// Afweging 2's answers that mean acute and/or structural unsafety, or doubt: melding at once (002 line 243).
    static let unsafeAnswers: Set<String> = ["acute", "structural", "acute-and-structural", "doubt"]

    /// The answers one event gives.
    /// - Parameter event: A case event.
    /// - Returns: Afwegingen 1 and 2 of a weighing, 3–5 of a decision, 5 of a help evaluation; none otherwise.
    static func answers(in event: RecordedEvent) -> [AfwegingAnswer] {
        let payload = event.payload
        switch EventType(of: event.type) {
        case .weighingRecorded?:
            return [(1, payload[.afweging1]), (2, payload[.afweging2])].compactMap { number, value in
                value?.stringValue.map { AfwegingAnswer(afweging: number, answer: $0, seq: event.seq) }
            }
        case .decisionRecorded?:
            guard let question = payload[.question]?.stringValue, question.hasPrefix("afweging-"),
                  let number = Int(question.dropFirst("afweging-".count)), let answer = payload[.answer]?.stringValue else { return [] }
            return [AfwegingAnswer(afweging: number, answer: answer, seq: event.seq)]
        case .helpEvaluated?:
            guard let reached = payload[.resultReached]?.boolValue else { return [] }
            return [AfwegingAnswer(afweging: 5, answer: reached ? "yes" : "no", seq: event.seq)]
        default:
            return []
        }
    }
}
