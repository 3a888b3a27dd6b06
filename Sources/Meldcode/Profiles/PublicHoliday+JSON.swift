import Ledger

extension PublicHoliday {
    /// The day as a profile's `closedDays` carries it: `{"day": "YYYY-MM-DD", "name": "..."}`.
    public var json: JSONValue { .object(["day": .string(day.description), "name": .string(name)]) }

    /// Reads a profile's `closedDays`: weekdays with a name, each day once.
    /// - Parameters:
    ///   - json: The array.
    ///   - path: Where it sits in the profile, for messages.
    /// - Returns: The days.
    /// - Throws: ``ProfileError`` for a member that is missing, unknown or not a real day, or a day listed twice.
    static func closedDays(json: JSONValue, path: String) throws(ProfileError) -> [PublicHoliday] {
        guard let elements = json.arrayValue else { throw .wrongType(path: path, expected: "an array") }
        var days = [PublicHoliday]()
        for (index, element) in elements.enumerated() {
            var reader = try ProfileReader(element, path: "\(path)[\(index)]")
            let text = try reader.string("day")
            guard let day = CalendarDay(text) else { throw .invalidValue(path: reader.path(of: "day"), reason: "'\(text)' is not a day YYYY-MM-DD") }
            let name = try reader.string("name")
            try reader.finish()
            guard !days.contains(where: { $0.day == day }) else { throw .invalidValue(path: reader.path(of: "day"), reason: "\(day) is listed twice") }
            days.append(PublicHoliday(day: day, name: name))
        }
        return days
    }
}
