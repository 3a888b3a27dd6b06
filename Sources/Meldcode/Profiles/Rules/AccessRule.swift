import Ledger

/// Need to know: who reads a case besides whoever opened it and whoever a coordinator grants access, whether
/// each read is put on the record, and how long a case's content is kept after it closed.
public struct AccessRule: ProfileRule {
    /// The roles that coordinate cases and read every case by their role (e.g. the IB'er, 002 l.98).
    public let coordinators: [Role]
    /// Whether reading a case's content as a named actor appends `case.viewed`.
    public let recordViews: Bool
    /// Whole years after a case closed at which its content is due for erasure.
    public let retentionYears: Int
    /// The seed lines this rule encodes.
    public let citations: [Citation]
    /// How the rule was read from the seeds, where that needed a choice.
    public let note: String?

    init(coordinators: [Role], recordViews: Bool, retentionYears: Int, citations: [Citation], note: String?) {
        self.coordinators = coordinators
        self.recordViews = recordViews
        self.retentionYears = retentionYears
        self.citations = citations
        self.note = note
    }

    init(json: JSONValue, path: String) throws(ProfileError) {
        var reader = try ProfileReader(json, path: path)
        let coordinators = try reader.roles("coordinators")
        let recordViews = try reader.bool("recordViews")
        let years = try reader.integer("retentionYears", in: 1...100)
        let basis = try reader.basis()
        try reader.finish()
        self.init(coordinators: coordinators, recordViews: recordViews, retentionYears: years, citations: basis.citations, note: basis.note)
    }

    /// The rule's own members in a profile's JSON.
    public var ruleMembers: [String: JSONValue] {
        ["coordinators": coordinators.json, "recordViews": .bool(recordViews), "retentionYears": .integer(Int64(retentionYears))]
    }

    /// Whether holding these roles makes an actor a coordinator, who reads every case.
    /// - Parameter roles: An actor's roles.
    public func coordinates(_ roles: some Sequence<Role>) -> Bool {
        roles.contains { coordinators.contains($0) }
    }

    /// The day a case's content is due for erasure: ``retentionYears`` after the day it closed (a 29 February
    /// closing falls due on 28 February).
    /// - Parameter closedOn: The day the case closed.
    public func erasureDue(closedOn: CalendarDay) -> CalendarDay {
        let (year, month, day) = closedOn.civil
        return CalendarDay(year: year + retentionYears, month: month, day: day)
            ?? CalendarDay(year: year + retentionYears, month: month, day: day - 1) ?? closedOn
    }

    /// The logbook's default: the IB'er, the aandachtsfunctionaris and the director coordinate; every read is
    /// recorded; content is kept five years after the case closed.
    public static let standard = AccessRule(
        coordinators: [.aandachtsfunctionaris, .directeur, .internBegeleider], recordViews: true, retentionYears: 5,
        citations: [
            Citation(.klimtoren, 98, 98, "Zij is bevoegd tot het verstrekken van informatie vanuit het zorgdossier"),
            Citation(.pro8, 349, 349, "leerkracht discreet omgaat met vertrouwelijke informatie"),
        ],
        note: "The coordinators are the roles that lead the meldcode's steps in every profile; others read a case only when they "
            + "opened it or a coordinator grants access. No seed sets a retention period: five years after closing is this "
            + "logbook's default (AVG art. 5(1)(e): no longer than necessary); the board sets its own.")
}
