extension ProtocolProfile {
    /// The built-in profiles: the national basismodel and the four schools of the seeds, basismodel first.
    public static let builtIns: [ProtocolProfile] = [.basismodel, .pro8, .klimtoren, .innoord, .zorgteam]

    /// The built-in profile with this name.
    /// - Parameter name: A built-in profile's name, e.g. `klimtoren`.
    /// - Returns: The profile.
    /// - Throws: ``ProfileError/unknownProfile(name:)`` if no built-in profile has that name.
    public static func builtIn(named name: String) throws(ProfileError) -> ProtocolProfile {
        guard let profile = builtIns.first(where: { $0.name == name }) else { throw .unknownProfile(name: name) }
        return profile
    }
}
