import Ledger
import Meldcode

/// `logboek profile list`: the built-in protocol profiles, and which one is in force in the logbook.
enum ProfileListCommand: Command {
    static let spec = CommandSpec(
        path: ["profile", "list"], abstract: "List the built-in protocol profiles, marking the one in force in the logbook.",
        options: [CommonOptions.json],
        discussion: "Without a logbook the list is shown unmarked. Before any profile.adopted event the basismodel is in force.")

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let inForce = try ProfileArgument.history(arguments, context)?.current
        var entries = ProtocolProfile.builtIns.map { (profile: $0, builtIn: true) }
        if let inForce, !ProtocolProfile.builtIns.contains(inForce) { entries.append((inForce, false)) }
        if arguments.flag("json") {
            context.console.json(.array(entries.map { json($0.profile, builtIn: $0.builtIn, inForce: $0.profile == inForce) }))
            return .success
        }
        for (profile, builtIn) in entries {
            let marks = [profile == inForce ? "in force" : nil, builtIn ? nil : "adopted from a file"].compactMap { $0 }
            let suffix = marks.isEmpty ? "" : " (\(marks.joined(separator: ", ")))"
            context.console.out("\(profile == inForce ? "*" : " ") \(profile.name)\tv\(profile.version)\t\(profile.title)\(suffix)")
        }
        return .success
    }

    private static func json(_ profile: ProtocolProfile, builtIn: Bool, inForce: Bool) -> JSONValue {
        .object([
            "name": .string(profile.name), "title": .string(profile.title), "version": .integer(Int64(profile.version)),
            "source": .string(profile.source.rawValue), "builtIn": .bool(builtIn), "inForce": .bool(inForce),
        ])
    }
}
