import Ledger

/// With whom an intended melding is discussed, by the child's age (e.g. under 12 the parents; 12 to 15
/// the child and/or the parents; 16 and older the child).
public struct AgeRule: ProfileRule {
    /// The bands, youngest first: they start at 0, follow each other without gap or overlap, and the last is open-ended.
    public let bands: [AgeBand]
    /// The seed lines this rule encodes.
    public let citations: [Citation]
    /// How the rule was read from the seeds, where that needed a choice.
    public let note: String?

    init(bands: [AgeBand], citations: [Citation], note: String? = nil) {
        self.bands = bands
        self.citations = citations
        self.note = note
    }

    init(json: JSONValue, path: String) throws(ProfileError) {
        var reader = try ProfileReader(json, path: path)
        var bands = [AgeBand]()
        for (index, element) in try reader.array("bands").enumerated() {
            bands.append(try AgeBand(json: element, path: "\(reader.path(of: "bands"))[\(index)]"))
        }
        try Self.checkContiguous(bands, path: reader.path(of: "bands"))
        let basis = try reader.basis()
        try reader.finish()
        self.init(bands: bands, citations: basis.citations, note: basis.note)
    }

    private static func checkContiguous(_ bands: [AgeBand], path: String) throws(ProfileError) {
        guard bands.first?.minimumAge == 0 else { throw .invalidValue(path: path, reason: "the first band must start at age 0") }
        for (band, next) in zip(bands, bands.dropFirst()) {
            guard let maximum = band.maximumAge, next.minimumAge == maximum + 1 else {
                throw .invalidValue(path: path, reason: "the band from age \(next.minimumAge) does not follow the band before it")
            }
        }
        guard bands.last?.maximumAge == nil else { throw .invalidValue(path: path, reason: "the last band must have no maximumAge") }
    }

    /// The band a child of `age` falls in.
    /// - Parameter age: Age in whole years (at the time of the melding).
    /// - Returns: The band; every age from 0 up has one.
    public func band(forAge age: Int) -> AgeBand? {
        bands.first { $0.contains(age: age) }
    }

    /// The rule's own members in a profile's JSON.
    public var ruleMembers: [String: JSONValue] { ["bands": .array(bands.map(\.json))] }
}
