extension Knower {
    /// An outside party as a payload names it, with every way of naming Veilig Thuis as one party: "Veilig Thuis",
    /// "Veilig Thuis IJsselland" and "Veilig Thuis, advies- en meldlijn 0800-2000" are the same organisation, which
    /// knows what any of its names was told or present at.
    /// - Parameter name: The party's name in the payload.
    /// - Returns: The knower.
    static func outside(_ name: String) -> Knower {
        name.range(of: "veilig thuis", options: .caseInsensitive) != nil ? .party(veiligThuis) : .party(name)
    }

    /// The one name of Veilig Thuis as a knower.
    static let veiligThuis = "Veilig Thuis"
}
