import Ledger
import Meldcode

/// Renders a report as JSON: the same value the HTML is rendered from, so the two never disagree.
public enum ReportJSON {
    /// The report as canonical JSON text.
    /// - Parameter report: The report.
    /// - Returns: The JSON text, one line.
    public static func document(_ report: Report) -> String {
        String(decoding: CanonicalJSON.encode(report.json), as: UTF8.self)
    }
}
