import Ledger

/// The child a case is about, as `case.opened` records them.
public struct ChildRecord: Sendable, Equatable {
    /// The pupil number or internal reference.
    public let ref: String
    /// The child's name.
    public let name: String
    /// The date of birth.
    public let birthDate: CalendarDay
    /// The group, class or location, if recorded.
    public let group: String?

    /// The child of a `case.opened` payload.
    /// - Parameter payload: The payload.
    /// - Returns: The child, or `nil` if the payload lacks a reference, a name or a valid birth date.
    init?(payload: [String: JSONValue]) {
        guard let ref = payload[.childRef]?.stringValue, let name = payload[.childName]?.stringValue,
              let birth = payload[.birthDate]?.stringValue.flatMap(CalendarDay.init) else { return nil }
        self.ref = ref
        self.name = name
        self.birthDate = birth
        self.group = payload[.group]?.stringValue
    }

    /// The child's age in whole years on a day (0 before the first birthday, and for a day before birth).
    /// - Parameter day: The day, e.g. the date of a melding.
    /// - Returns: Completed years of age.
    public func age(on day: CalendarDay) -> Int {
        let (birthYear, birthMonthDay) = Self.parts(of: birthDate)
        let (year, monthDay) = Self.parts(of: day)
        let years = year - birthYear - (monthDay < birthMonthDay ? 1 : 0)
        return max(0, years)
    }

    /// The year and the month and day as one number (`MMDD`) of a day, from its `YYYY-MM-DD` spelling.
    private static func parts(of day: CalendarDay) -> (year: Int, monthDay: Int) {
        let digits = day.description.split(separator: "-").compactMap { Int($0) }
        guard digits.count == 3 else { return (0, 0) }
        return (digits[0], digits[1] * 100 + digits[2])
    }

    /// The child as JSON: `{"ref", "name", "birthDate", "group"?}`.
    public var json: JSONValue {
        var members: [String: JSONValue] = ["ref": .string(ref), "name": .string(name), "birthDate": .string(birthDate.description)]
        if let group { members["group"] = .string(group) }
        return .object(members)
    }
}
