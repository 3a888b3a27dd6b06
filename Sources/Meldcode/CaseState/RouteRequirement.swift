import Ledger

/// The route the afwegingskader now requires of a case: the action, the meldnorm behind a melding, the
/// answer it follows from, and the event that carried it out, if one did.
public struct RouteRequirement: Sendable, Equatable {
    /// What is required.
    public let action: RouteAction
    /// The meldnorm (`A`, `B` or `C`, 002 lines 281-283) when the action is a melding.
    public let meldnorm: String?
    /// The answer the requirement follows from (`nil` before any afweging).
    public let basedOn: AfwegingAnswer?
    /// The seq of the later event that carried the action out, if any.
    public let metBy: Int?

    /// Whether the action was carried out.
    public var isMet: Bool { metBy != nil }

    /// The requirement as a line, e.g. `afweging 2 = acute → melding now (meldnorm A)`.
    public var text: String {
        let trigger = basedOn.map { "afweging \($0.afweging) = \($0.answer)" } ?? "no afweging yet"
        let norm = meldnorm.map { " (meldnorm \($0))" } ?? ""
        return "\(trigger) → \(action.text)\(norm)"
    }

    /// The requirement as JSON: `{"action", "text", "met", "meldnorm"?, "basedOn"? (an answer), "metBy"?}`.
    public var json: JSONValue {
        var members: [String: JSONValue] = ["action": .string(action.rawValue), "text": .string(text), "met": .bool(isMet)]
        if let meldnorm { members["meldnorm"] = .string(meldnorm) }
        if let basedOn { members["basedOn"] = basedOn.json }
        if let metBy { members["metBy"] = .integer(Int64(metBy)) }
        return .object(members)
    }

    /// The action and meldnorm an answer leads to (002 Bijlage 1; after doubt, the profile's route).
    /// - Parameters:
    ///   - answer: The latest answer, or `nil` before any.
    ///   - doubt: What follows afweging 2 = doubt.
    /// - Returns: The action and, for a melding, its meldnorm.
    static func route(after answer: AfwegingAnswer?, doubt: DoubtRoute) -> (RouteAction, String?) {
        guard let answer else { return (.weighSuspicion, nil) }
        if answer.afweging == 2, answer.answer == "doubt", doubt == .veiligThuisAdvice { return (.askAdvice, nil) }
        let yes = answer.answer == "yes"
        switch answer.afweging {
        case 1: return answer.answer == "no-concern" ? (.recordAndClose, nil) : (.weighSafety, nil)
        case 2: return AfwegingAnswer.unsafeAnswers.contains(answer.answer) ? (.meldingNow, "A") : (.weighHelp, nil)
        case 3: return yes ? (.weighAcceptance, nil) : (.melding, "B")
        case 4: return yes ? (.organiseHelp, nil) : (.melding, "B")
        default: return yes ? (.closeWithMonitoring, nil) : (.melding, "C")
        }
    }
}
