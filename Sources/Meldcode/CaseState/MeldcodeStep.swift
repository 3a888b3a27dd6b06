/// The six steps of the meldcode (001 stappenplan, with the sixth step "volgen" of 003 and 000).
public enum MeldcodeStep: Int, Sendable, Equatable, CaseIterable, Comparable {
    /// Stap 1: signalen in kaart brengen.
    case signals = 1
    /// Stap 2: collegiale consultatie (and, if needed, Veilig Thuis advice).
    case consultation
    /// Stap 3: gesprek met de cliënt (kind en/of ouders).
    case conversation
    /// Stap 4: wegen.
    case weighing
    /// Stap 5: beslissen.
    case deciding
    /// Stap 6: volgen.
    case following

    /// The step's Dutch name, as the meldcodes write it.
    public var dutchName: String {
        switch self {
        case .signals: "Signalen in kaart brengen"
        case .consultation: "Collegiale consultatie"
        case .conversation: "Gesprek met kind en ouders"
        case .weighing: "Wegen"
        case .deciding: "Beslissen"
        case .following: "Volgen"
        }
    }

    /// The step an event type belongs to, as the catalogue's `step` says.
    /// - Parameter type: An event type.
    /// - Returns: The step, or `nil` for types outside the steps (`–`, `any`) or unknown types.
    public static func of(type: String) -> MeldcodeStep? {
        guard let step = EventCatalogue.standard.definition(of: type)?.step, let number = Int(step) else { return nil }
        return MeldcodeStep(rawValue: number)
    }

    /// Orders steps by number.
    public static func < (lhs: MeldcodeStep, rhs: MeldcodeStep) -> Bool { lhs.rawValue < rhs.rawValue }
}
