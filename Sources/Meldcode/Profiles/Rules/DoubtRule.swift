import Ledger

/// Step 4 after afweging 2 = doubt: a melding at once, or Veilig Thuis's (renewed) advice first.
public struct DoubtRule: ProfileRule {
    /// What follows doubt.
    public let route: DoubtRoute
    /// The seed lines this rule encodes.
    public let citations: [Citation]
    /// How the rule was read from the seeds, where that needed a choice.
    public let note: String?

    init(route: DoubtRoute, citations: [Citation], note: String? = nil) {
        self.route = route
        self.citations = citations
        self.note = note
    }

    init(json: JSONValue, path: String) throws(ProfileError) {
        var reader = try ProfileReader(json, path: path)
        let route = try reader.value("route", as: DoubtRoute.self, choices: DoubtRoute.slugList)
        let basis = try reader.basis()
        try reader.finish()
        self.init(route: route, citations: basis.citations, note: basis.note)
    }

    /// The afwegingskader's rule: doubt is answered like unsafety, with a melding at once (002 line 243). A
    /// profile that does not state its own rule has this one.
    public static let afwegingskader = DoubtRule(
        route: .melding, citations: [Citation(.klimtoren, 243, 243, "**B: JA of twijfel** -> direct (telefonisch) (anoniem) melding doen bij Veilig Thuis.")])

    /// The rule's own members in a profile's JSON.
    public var ruleMembers: [String: JSONValue] { ["route": .string(route.rawValue)] }
}
