import Ledger

/// One measured figure, with the ceiling it is compared to and the target ratio.
struct Figure {
    let name: String
    let value: Double
    let unit: String
    let ceiling: Double?
    let target: Double?

    /// value / ceiling.
    var ratio: Double? { ceiling.map { value / $0 } }

    /// Whether the ratio meets the target (nil when there is no target).
    var meetsTarget: Bool? {
        guard let target, let ratio else { return nil }
        return ratio >= target
    }

    var json: JSONValue {
        var object: [String: JSONValue] = ["name": .string(name), "value": .integer(Int64(value.rounded())), "unit": .string(unit)]
        if let ceiling { object["ceiling"] = .integer(Int64(ceiling.rounded())) }
        if let ratio { object["ratioPermille"] = .integer(Int64((ratio * 1000).rounded())) }
        if let target { object["targetPermille"] = .integer(Int64((target * 1000).rounded())) }
        if let meetsTarget { object["meetsTarget"] = .bool(meetsTarget) }
        return .object(object)
    }

    var text: String {
        var line = "\(name.padding(toLength: 44, withPad: " ", startingAt: 0)) \(String(format: "%12.0f", value)) \(unit)"
        if let ceiling, let ratio {
            line += String(format: "   ceiling %10.0f   ratio %.2f", ceiling, ratio)
        }
        if let target, let meetsTarget { line += String(format: "   target ≥ %.2f %@", target, meetsTarget ? "ok" : "MISSED") }
        return line
    }
}
