/// The streams cases live in: `case/<id>`, with the case id one slug.
public enum CaseStream {
    /// The prefix of every case stream.
    public static let prefix = "case/"

    /// The stream of a case.
    /// - Parameter id: The case id, e.g. `2026-004`.
    /// - Returns: `case/2026-004`.
    public static func name(of id: String) -> String { prefix + id }

    /// The case id of a stream.
    /// - Parameter stream: A stream name.
    /// - Returns: The id, or `nil` if the stream is not exactly `case/<id>`.
    public static func caseID(of stream: String) -> String? {
        guard stream.hasPrefix(prefix) else { return nil }
        let id = String(stream.dropFirst(prefix.count))
        return id.isEmpty || id.contains("/") ? nil : id
    }
}
