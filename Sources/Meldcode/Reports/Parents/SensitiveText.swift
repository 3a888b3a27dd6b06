import Foundation
import Ledger

/// Finds, in free text, what a protected parents' report must not show unless the school releases it:
/// the name or id of a member of staff (the actor registry), a role (its Dutch name, its slug and the
/// words schools use for it), a third party of the case and any other person named beside them (another
/// child), and Veilig Thuis or a melding (seeds 001 l.300–304, 003 l.316–328: the family must not be
/// able to find the melder in what it receives).
struct SensitiveText: Sendable {
    /// What a found string is.
    enum Category: String, Sendable, Equatable, CaseIterable {
        /// A member of staff, by name, surname, initials or id.
        case staff
        /// A role, by its Dutch name, slug or a word schools use for it.
        case role
        /// A third party of the case, or a person named beside one (another child).
        case thirdParty
        /// Veilig Thuis, its number, or a melding.
        case veiligThuis

        /// The Dutch name, as the school reads it in a draft.
        var dutchName: String {
            switch self {
            case .staff: "naam van een medewerker"
            case .role: "functie van een medewerker"
            case .thirdParty: "derde of ander kind"
            case .veiligThuis: "Veilig Thuis of een melding"
            }
        }
    }

    /// A string found in a text.
    struct Hit: Sendable, Equatable, Hashable {
        /// The string, as the list holds it.
        let text: String
        /// What it is.
        let category: Category
    }

    /// The strings to look for, longest first.
    let needles: [Hit]

    /// What a redaction leaves in place of a found string.
    static let mark = "(weggelaten)"

    /// Words for roles that no actor's role names (the roles' own words come from ``MelderIdentity``).
    static let roleWords = ["zorgcoördinator", "conciërge", "remedial teacher", "jeugdarts", "jeugdverpleegkundige", "zorgteam"]

    /// Words that mean Veilig Thuis or a melding.
    static let veiligThuisWords = ["Veilig Thuis", "VT", "0800-2000", "meldlijn", "melding", "meldingen", "melden", "gemeld", "meldnorm", "AMK"]

    /// Capitalised words of a third party's description that are not a name.
    private static let notNames: Set<String> = [
        "de", "het", "een", "van", "mevrouw", "meneer", "mw", "dhr", "mr", "moeder", "vader", "oma", "opa", "tante", "oom", "buurvrouw",
        "buurman", "veilig", "thuis", "school", "politie", "huisarts", "wijkteam", "klasgenoot", "klasgenote", "vriendin", "vriend", "juf",
        "meester", "groep", "zus", "broer", "buren", "ggd", "jgz",
    ]

    /// The detector of a case.
    /// - Parameters:
    ///   - actors: The logbook's actors.
    ///   - thirdParties: How the case names its third parties (a signal's source, an outside participant, a recipient).
    ///   - child: The words of the child's own name, which are no hit.
    init(actors: [ActorProfile], thirdParties: [String], child: [String]) {
        let own = Set(child.map { $0.lowercased() })
        var hits = actors.flatMap { actor in MelderIdentity.names(of: actor).map { Hit(text: $0, category: .staff) } }
        hits += (Role.allCases.flatMap(MelderIdentity.words(for:)) + Self.roleWords).map { Hit(text: $0, category: .role) }
        hits += Self.veiligThuisWords.map { Hit(text: $0, category: .veiligThuis) }
        for party in thirdParties where !Self.isVeiligThuis(party) {
            hits.append(Hit(text: party, category: .thirdParty))
            hits += Self.names(in: party).filter { !own.contains($0.lowercased()) }.map { Hit(text: $0, category: .thirdParty) }
        }
        var seen = Set<String>()
        needles = hits.filter { $0.text.count >= 2 && seen.insert($0.text.lowercased()).inserted }.sorted { $0.text.count > $1.text.count }
    }

    /// Whether a party is Veilig Thuis (whatever else its description says).
    static func isVeiligThuis(_ party: String) -> Bool { party.range(of: "veilig thuis", options: .caseInsensitive) != nil }

    /// The capitalised words of a description that may be names (at least three letters).
    static func names(in text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" }).map(String.init)
            .filter { $0.count >= 3 && ($0.first?.isUppercase ?? false) && !notNames.contains($0.lowercased()) }
    }

    /// The strings found in a text, as whole words whatever their case, each once.
    /// - Parameter text: Free text.
    /// - Returns: The hits, longest first.
    func hits(in text: String) -> [Hit] {
        var remaining = text
        var found = [Hit]()
        for needle in needles where Self.expression(needle.text).map({ Self.matches($0, remaining) }) ?? false {
            found.append(needle)
            remaining = replacing(needle.text, in: remaining, with: " ")
        }
        return found
    }

    /// The text with every string found replaced by ``mark``.
    /// - Parameter text: Free text.
    /// - Returns: The redacted text.
    func redact(_ text: String) -> String { needles.reduce(text) { replacing($1.text, in: $0, with: Self.mark) } }

    private func replacing(_ needle: String, in text: String, with replacement: String) -> String {
        guard let expression = Self.expression(needle) else { return text }
        let range = NSRange(text.startIndex..., in: text)
        return expression.stringByReplacingMatches(in: text, range: range, withTemplate: NSRegularExpression.escapedTemplate(for: replacement))
    }

    private static func matches(_ expression: NSRegularExpression, _ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private static func expression(_ needle: String) -> NSRegularExpression? {
        // Case matters for the short abbreviations ("VT", initials), not for names and words.
        let options: NSRegularExpression.Options = needle.count <= 3 && needle == needle.uppercased() ? [] : [.caseInsensitive]
        return try? NSRegularExpression(pattern: "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: needle) + "(?![\\p{L}\\p{N}])", options: options)
    }
}
