import Foundation
import Ledger
import Meldcode

/// The NAME|FILE argument of the profile commands: a built-in profile's name, or a profile JSON file.
enum ProfileArgument {
    /// The profile `text` names: the built-in of that name, else the profile in the file at that path.
    /// - Throws: ``ProfileError`` for an unknown name or a bad profile; ``LedgerError/io(operation:path:reason:)`` for an unreadable file.
    static func load(_ text: String) throws -> ProtocolProfile {
        if let builtIn = ProtocolProfile.builtIns.first(where: { $0.name == text }) { return builtIn }
        guard FileManager.default.fileExists(atPath: text) || text.contains("/") || text.hasSuffix(".json") else {
            throw ProfileError.unknownProfile(name: text)
        }
        return try ProtocolProfile(bytes: InputFile.read(text))
    }

    /// The profile history of the logbook, or `nil` when there is no logbook where the command looks.
    static func history(_ arguments: ParsedArguments, _ context: Context) throws -> ProfileHistory? {
        guard FileManager.default.fileExists(atPath: try context.layout(arguments).log.path) else { return nil }
        var adoptions = [Event]()
        _ = try LogbookReading.read(arguments, context) { event in
            if event.header.type == ProfileAdoption.eventType { adoptions.append(event) }
        }
        return try ProfileHistory(adoptions)
    }
}
