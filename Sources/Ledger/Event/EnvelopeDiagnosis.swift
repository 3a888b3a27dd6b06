/// Says precisely what is wrong with a canonical line that is not an event envelope (the slow path,
/// taken only for damaged lines).
enum EnvelopeDiagnosis {
    /// The first problem with the envelope, as a `malformed-event` problem.
    static func problem(in line: ArraySlice<UInt8>) -> EventProblem {
        do throws(EventProblem) {
            guard let value = try? CanonicalJSON.parse(line) else { return malformed("the line is not a JSON object") }
            var envelope = try EnvelopeReader(value, what: "the event")
            _ = try DecodedEvent.decodeHeader(try envelope.member("header"))
            _ = try envelope.object("payload")
            _ = try envelope.hex("hash", length: Event.hashLength)
            _ = try envelope.base64("sig", length: 64)
            try envelope.requireNoOtherMembers()
            return malformed("the event envelope is not in the expected form")
        } catch {
            return error
        }
    }

    private static func malformed(_ message: String) -> EventProblem {
        EventProblem(code: .malformedEvent, message: message)
    }
}
