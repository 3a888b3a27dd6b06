import Ledger

extension CaseState {
    /// The state as JSON, the shape `case show --json` prints (members absent when they have no value):
    ///
    /// ```
    /// {"case": "2026-001", "lastSeq": 31, "status": "melding-made", "lifecycle": "open",
    ///  "child": {"ref", "name", "birthDate", "group"?},
    ///  "steps": [{"step": 1, "name": "Signalen in kaart brengen", "taken": true, "events": [5, 6]}, …6],
    ///  "route": {"answers": [{"afweging", "answer", "seq"}],
    ///            "requires": {"action", "text", "met", "meldnorm"?, "basedOn"?, "metBy"?}},
    ///  "hypotheses": [{"seq", "statement", "signals", "status", "settledBy"?}],
    ///  "openHypotheses": [8],
    ///  "corrections": [{"seq", "corrects", "correction", "reason"}],
    ///  "events": [{"seq", "type", "day"?, "author", "summary", "remark"?}]}
    /// ```
    public var json: JSONValue { json(routeAfterDoubt: .melding) }

    /// The state as JSON, with the route that follows doubt under a profile.
    /// - Parameter doubt: What follows afweging 2 = doubt.
    /// - Returns: The JSON, as ``json``.
    public func json(routeAfterDoubt doubt: DoubtRoute) -> JSONValue {
        var members: [String: JSONValue] = [
            "case": .string(id), "status": .string(phase.rawValue), "lifecycle": .string(lifecycle.rawValue),
            "steps": .array(steps.map(\.json)),
            "route": .object(["answers": .array(answers.map(\.json)), "requires": requiredRoute(afterDoubt: doubt).json]),
            "hypotheses": .array(hypotheses.map(\.json)),
            "openHypotheses": .array(openHypotheses.map { .integer(Int64($0.seq)) }),
            "corrections": .array(corrections.map(\.json)),
            "events": .array(eventLines.map(\.json)),
        ]
        if let child { members["child"] = child.json }
        if let lastSeq { members["lastSeq"] = .integer(Int64(lastSeq)) }
        return .object(members)
    }
}
