/// What follows when afweging 2 is answered with doubt (twijfel).
public enum DoubtRoute: String, Sendable, Equatable, Hashable, CaseIterable {
    /// A melding at once, as for acute or structural unsafety (the afwegingskader, 002 line 243: meldnorm A).
    case melding
    /// Ask Veilig Thuis for (renewed) advice (004 line 136).
    case veiligThuisAdvice = "veilig-thuis-advice"

    /// The slugs, in a list people can read.
    public static var slugList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
