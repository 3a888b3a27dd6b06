import Documents
import Foundation
import Ledger
import Meldcode

/// `logboek report ouders|veilig-thuis|dossier|evaluatie`: a case's report for the parents, for Veilig Thuis, the
/// complete dossier, or its evaluation decision by decision, as self-contained Dutch HTML or as JSON.
enum ReportCommand: Command {
    static let spec = CommandSpec(
        path: ["report"], abstract: "Write a case's report for the parents, for Veilig Thuis, the dossier or the evaluation (Dutch HTML or JSON).",
        positionals: [PositionalSpec(name: "KIND", help: "ouders, veilig-thuis, dossier or evaluatie.")],
        options: [
            OptionSpec(name: "case", valueName: "ID", help: "The case, e.g. 2026-019."),
            CommonOptions.asOf,
            OptionSpec(name: "format", valueName: "html|json", help: "html (default): one self-contained HTML file; json: the same report as JSON."),
            OptionSpec(name: "draft", valueName: nil, help: "veilig-thuis only: make it before the decision to make a melding, marked CONCEPT."),
            OptionSpec(
                name: "safe-to-share", valueName: "TEXT",
                help: "ouders only: why the school judges the report safe to share although talking with the parents was skipped for safety."),
            OptionSpec(name: "bundle", valueName: "FILE", help: "Also write the evidence bundle: each event's stored line, disclosed payload and inclusion proof."),
            OptionSpec(name: "checkpoint", valueName: "FILE", help: "The checkpoint the bundle's proofs lead to (default: --as signs one now)."),
            OptionSpec(name: "issue-to", valueName: "NAME", help: "Record that the report is issued to NAME: report.issued, signed --as ID."),
        ] + CommonOptions.output(help: "Write the report to FILE (default: standard output); --bundle FILE follows the same rules.")
            + CommonOptions.signing,
        discussion: """
            The report is computed from the case's events up to --as-of (default: all) after the whole log was verified;
            a damaged log gives no report. ouders holds only what the protocol profile releases to the parents: no personal
            working notes, no content of consultations with outside parties; when a melding is anonymous towards the family,
            every member of staff is "de school", the melder's name, id and role are removed from every text, and the melding
            itself is left out. veilig-thuis is refused (no-melding-decision, exit 1) for a case without a decision to make a
            melding unless --draft is given. dossier is the complete record with findings and the integrity statement.
            evaluatie is the case decision by decision for the school's evaluator (as `logboek evaluate --format html`).
            Print the HTML to PDF with any browser (e.g. chromium --headless --print-to-pdf=FILE report.html).
            --bundle FILE writes, beside the report, an evidence bundle anyone can check offline with `logboek bundle verify`
            or `python3 tools/verify.py --bundle`: for each event the report may prove, its stored line, its payload as
            disclosed and its inclusion proof against a checkpoint (--checkpoint FILE, or one an administrator --as signs
            now), with the log's verifier key. The parents' bundle leaves out every event written by a melder who stays
            anonymous towards the family and every event the report shows only in part; the report says how many.
            --issue-to NAME --as ID appends report.issued to the case (kind, recipient, the seqs the report holds, the SHA-256
            of the document and of the bundle), checked before any file is written, so who received what is on the record.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let kind = try kind(arguments)
        return try make(kind, command: "report \(kind.rawValue)", arguments, context)
    }

    /// Makes a report of a kind as the arguments ask, writes it, and records the read (and the issue, if asked).
    /// - Parameters:
    ///   - kind: The report.
    ///   - command: The command named in `case.viewed`.
    static func make(_ kind: ReportKind, command: String, _ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
        let format = arguments.value("format") ?? "html"
        guard format == "html" || format == "json" else {
            throw UsageError(message: "--format takes html or json, not '\(format)'", command: arguments.spec.name)
        }
        if arguments.flag("draft"), kind != .veiligThuis {
            throw UsageError(message: "--draft applies only to veilig-thuis", command: arguments.spec.name)
        }
        if arguments.value("safe-to-share") != nil, kind != .ouders {
            throw UsageError(message: "--safe-to-share applies only to ouders", command: arguments.spec.name)
        }
        let output = try arguments.outputFile()
        let bundleOutput = try arguments.value("bundle").map { path throws(LedgerError) in try OutputFile(path: path, replacing: arguments.flag("force")) }
        let caseID = try arguments.required("case")
        guard arguments.value("as") != nil else {
            throw UsageError(message: "case content is sealed: give --as ID to make a report as yourself (with your passphrase)", command: arguments.spec.name)
        }
        let signer = try Signer.load(arguments, context)
        let session = try CaseReading.session(as: signer, arguments, context)
        let reading = try ReportSource(case: caseID, asOf: try reportSeq(arguments, session), in: session)
        let evidence = try bundleOutput.map { _ in try EvidenceCheckpoint.resolve(arguments, context, reading, signer: signer, writer: session.writer) }
        let report = try ReportBuilder.report(
            kind, from: reading.input(checkpoint: evidence?.0.checkpoint), draft: arguments.flag("draft"), judgedSafe: arguments.value("safe-to-share"))
        let document = Array((format == "json" ? ReportJSON.document(report) + "\n" : ReportHTML.document(report)).utf8)
        var bundle: EvidenceBundle?
        if let (checkpoint, key) = evidence { bundle = try makeBundle(report, document, reading, checkpoint: checkpoint, key: key) }
        session.noteShown(case: caseID, seqs: report.includedSeqs)
        var drafts = session.takeViewDrafts(command: command)
        if let recipient = arguments.value("issue-to") {
            drafts.append(ReportIssue.draft(
                of: report, to: recipient, documentSHA256: Hex.encode(Digest.sha256(document)), bundleSHA256: bundle.map { Hex.encode(Digest.sha256($0.bytes)) },
                on: CalendarDay(SystemClock().now())))
        }
        let checked = drafts.isEmpty ? nil : try session.checkedAppend(drafts)
        try write(document, report, to: output, context)
        if let bundle, let bundleOutput {
            try bundleOutput.write(bundle.bytes)
            context.console.err("wrote \(bundleOutput.url.path): evidence for \(bundle.items.count) events" + (report.evidenceNotes.isEmpty ? "" : " (\(report.evidenceNotes.joined(separator: " ")))"))
        }
        let recorded = try checked?.append(drafts) ?? []
        if let event = recorded.last, event.header.type == "report.issued" {
            context.console.err("recorded report.issued at seq \(event.header.seq): \(report.kind.rawValue) to \(arguments.value("issue-to") ?? "")")
        }
        return .success
    }

    /// The report's evidence bundle, checked once before it is written.
    private static func makeBundle(
        _ report: Report, _ document: [UInt8], _ reading: ReportSource, checkpoint: SignedCheckpoint, key: NoteVerifierKey
    ) throws -> EvidenceBundle {
        let bundle = try BundleBuilder.bundle(
            for: report, document: document, events: reading.caseEvents, contents: reading.contents, authorKeys: reading.authorKeys, leaves: reading.leaves,
            checkpoint: checkpoint, verifierKey: key)
        try BundleVerifier.verify(bundle, key: key)
        return bundle
    }

    private static func write(_ document: [UInt8], _ report: Report, to output: OutputFile?, _ context: Context) throws {
        guard let output else {
            context.console.out(String(decoding: document.dropLast(), as: UTF8.self))
            return
        }
        try output.write(document)
        context.console.err("wrote \(output.url.path): \(report.kind.title), dossier \(report.caseID), \(report.includedSeqs.count) events")
    }

    /// The last seq the report folds: `--as-of`, or the end of `--known-on` where the command takes it (`nil`: the log's last).
    private static func reportSeq(_ arguments: ParsedArguments, _ session: CaseSession) throws -> Int? {
        try session.asOf(arguments)
    }

    private static func kind(_ arguments: ParsedArguments) throws -> ReportKind {
        let word = arguments.positionals[0]
        guard let kind = ReportKind(rawValue: word) else {
            throw UsageError(message: "unknown report '\(word)'; the reports are \(ReportKind.slugList)", command: spec.name)
        }
        return kind
    }
}
