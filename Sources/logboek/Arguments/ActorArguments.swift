import Ledger

/// Checks on actor ids and roles given on the command line.
enum ActorArguments {
    /// Refuses an id that is not a lowercase slug.
    static func checkID(_ id: String, command: String) throws {
        guard Names.isActorID(id) else {
            throw LedgerError.invalidInput("'\(id)' is not an actor id: \(slugRule) (e.g. ib.devries)")
        }
    }

    /// How an actor or case id is spelled.
    static let slugRule = "use 1 to \(Names.maximumLength) lowercase letters, digits and . _ -, starting with a letter or digit"

    /// The roles named by `--role`, refusing unknown ones with the list of known ones.
    static func roles(_ slugs: [String]) throws -> [Role] {
        try slugs.map { slug in
            guard let role = Role(rawValue: slug) else {
                throw LedgerError.invalidInput("'\(slug)' is not a role; the roles are: \(Role.slugList)")
            }
            return role
        }
    }
}
