import Documents
import Foundation
import Ledger
import Meldcode

/// `logboek report ouders|veilig-thuis|dossier`: a case's report for the parents, for Veilig Thuis, or the
/// complete dossier, as self-contained Dutch HTML or as JSON.
enum ReportCommand: Command {
    static let spec = CommandSpec(
        path: ["report"], abstract: "Write a case's report for the parents, for Veilig Thuis, or the dossier (Dutch HTML or JSON).",
        positionals: [PositionalSpec(name: "KIND", help: "ouders, veilig-thuis or dossier.")],
        options: [
            OptionSpec(name: "case", valueName: "ID", help: "The case, e.g. 2026-019."),
            CommonOptions.asOf,
            OptionSpec(name: "format", valueName: "html|json", help: "html (default): one self-contained HTML file; json: the same report as JSON."),
            OptionSpec(name: "out", valueName: "FILE", help: "Write the report to FILE (default: standard output)."),
            OptionSpec(name: "draft", valueName: nil, help: "veilig-thuis only: make it before the decision to make a melding, marked CONCEPT."),
        ],
        discussion: """
            The report is computed from the case's events up to --as-of (default: all) after the whole log was verified;
            a damaged log gives no report. ouders holds only what the protocol profile releases to the parents: no personal
            working notes, no content of consultations with outside parties; when a melding is anonymous towards the family,
            every member of staff is "de school", the melder's name, id and role are removed from every text, and the melding
            itself is left out. veilig-thuis is refused (no-melding-decision, exit 1) for a case without a decision to make a
            melding unless --draft is given. dossier is the complete record with findings and the integrity statement.
            Print the HTML to PDF with any browser (e.g. chromium --headless --print-to-pdf=FILE report.html).
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let kind = try kind(arguments)
        let format = arguments.value("format") ?? "html"
        guard format == "html" || format == "json" else {
            throw UsageError(message: "--format takes html or json, not '\(format)'", command: spec.name)
        }
        if arguments.flag("draft"), kind != .veiligThuis {
            throw UsageError(message: "--draft applies only to veilig-thuis", command: spec.name)
        }
        let reading = try ReportReading.read(case: try arguments.required("case"), arguments, context)
        let report = try ReportBuilder.report(kind, from: reading.input, draft: arguments.flag("draft"))
        let document = format == "json" ? ReportJSON.document(report) + "\n" : ReportHTML.document(report)
        if let path = arguments.value("out") {
            try OutputFile.write(Array(document.utf8), to: path)
            context.console.err("wrote \(path): \(report.kind.title), dossier \(report.caseID), \(report.includedSeqs.count) events")
        } else {
            context.console.out(String(document.dropLast()))
        }
        return .success
    }

    private static func kind(_ arguments: ParsedArguments) throws -> ReportKind {
        let word = arguments.positionals[0]
        guard let kind = ReportKind(rawValue: word) else {
            throw UsageError(message: "unknown report '\(word)'; the reports are \(ReportKind.slugList)", command: spec.name)
        }
        return kind
    }
}
