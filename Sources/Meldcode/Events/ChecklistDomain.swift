/// One life domain of the signaleringslijst with its numbered items (seed 002, Bijlage 2).
public struct ChecklistDomain: Sendable, Equatable {
    /// The slug that prefixes its item ids, e.g. `materieel`.
    public let slug: String
    /// The domain's Dutch title.
    public let title: String
    /// The items' Dutch texts; item `n` is `items[n - 1]`.
    public let items: [String]

    /// The item ids with their texts, e.g. `materieel-1`.
    public var choices: [Choice] {
        items.enumerated().map { Choice("\(slug)-\($0.offset + 1)", "\(title) \($0.offset + 1). \($0.element)") }
    }
}
