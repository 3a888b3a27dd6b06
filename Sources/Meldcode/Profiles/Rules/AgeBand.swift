import Ledger

/// One band of the age rule: children of these ages discuss an intended melding with these people.
public struct AgeBand: Sendable, Equatable {
    /// The youngest age in the band, in whole years.
    public let minimumAge: Int
    /// The oldest age in the band, or `nil` for "and older".
    public let maximumAge: Int?
    /// With whom the melding is discussed beforehand.
    public let discussWith: DiscussionParties

    init(_ minimumAge: Int, _ maximumAge: Int?, _ discussWith: DiscussionParties) {
        self.minimumAge = minimumAge
        self.maximumAge = maximumAge
        self.discussWith = discussWith
    }

    init(json: JSONValue, path: String) throws(ProfileError) {
        var reader = try ProfileReader(json, path: path)
        let minimum = try reader.integer("minimumAge", in: 0...25)
        let maximum = try reader.optional("maximumAge").map { value throws(ProfileError) in
            try ProfileReader.integer(value, in: minimum...25, path: reader.path(of: "maximumAge"))
        }
        let parties = try reader.value("discussWith", as: DiscussionParties.self, choices: DiscussionParties.slugList)
        try reader.finish()
        self.init(minimum, maximum, parties)
    }

    /// Whether a child of `age` falls in this band.
    /// - Parameter age: Age in whole years.
    /// - Returns: `true` if the band covers it.
    public func contains(age: Int) -> Bool {
        age >= minimumAge && maximumAge.map { age <= $0 } ?? true
    }

    /// The band as the JSON object a profile carries.
    public var json: JSONValue {
        var members: [String: JSONValue] = ["minimumAge": .integer(Int64(minimumAge)), "discussWith": .string(discussWith.rawValue)]
        if let maximumAge { members["maximumAge"] = .integer(Int64(maximumAge)) }
        return .object(members)
    }
}
