import Ledger

extension FieldSpec {
    /// What is wrong with a value for this field on its own (kind, choice, date), for guided entry that
    /// re-asks at once; references and the case are checked when the whole event is admitted.
    /// - Parameters:
    ///   - value: The candidate value.
    ///   - recordedAt: The moment of recording, for dates that may not lie in the future.
    /// - Returns: A sentence naming the problem, or `nil` if the value is acceptable.
    public func problem(with value: JSONValue, recordedAt: Timestamp) -> String? {
        var check = PayloadCheck(type: "", recordedAt: recordedAt)
        do {
            try check.check(value, kind, at: name, refusal: refusal)
            return nil
        } catch {
            return error.message
        }
    }
}
