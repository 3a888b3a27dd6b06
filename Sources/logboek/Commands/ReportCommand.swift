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
            CommonOptions.asOf, CommonOptions.knownOn,
            OptionSpec(name: "format", valueName: "html|json", help: "html (default): one self-contained HTML file; json: the same report as JSON."),
            OptionSpec(
                name: "draft", valueName: nil,
                help: "veilig-thuis: make it before the decision to make a melding; ouders: the school's draft, showing what waits for a decision."),
        ] + ParentsArguments.options + [
            OptionSpec(name: "bundle", valueName: "FILE", help: "Also write the evidence bundle: each event's stored line, disclosed payload and inclusion proof."),
            OptionSpec(name: "checkpoint", valueName: "FILE", help: "The checkpoint the bundle's proofs lead to (default: --as signs one now)."),
            OptionSpec.freeText("issue-to", valueName: "NAME", help: "Record that the report is issued to NAME: report.issued, signed --as ID."),
        ] + CommonOptions.output(help: "Write the report to FILE (default: standard output); --bundle FILE follows the same rules.")
            + CommonOptions.signing,
        discussion: """
            The report is computed from the case's events up to --as-of or --known-on (default: all) after the whole log was verified;
            a damaged log gives no report. ouders holds only what the protocol profile releases to the parents: no personal
            working notes, no content of consultations with outside parties; when a melding is anonymous towards the family,
            every member of staff is "de school", the melder's name, id and role are removed from every text, and the melding
            itself is left out. veilig-thuis is refused (no-melding-decision, exit 1) for a case without a decision to make a
            melding unless --draft is given. dossier is the complete record with findings and the integrity statement.
            evaluatie is the case decision by decision for the school's evaluator (as `logboek evaluate --format html`).
            Print the HTML to PDF with any browser (e.g. chromium --headless --print-to-pdf=FILE report.html).
            --bundle FILE writes, beside the report, an evidence bundle anyone can check offline with `logboek bundle verify
            FILE --document REPORT` or `python3 tools/verify.py --bundle FILE --document REPORT`: a report block (case, the
            document's SHA-256, the checkpoint's SHA-256) signed with the key of --as, and for each event the report may
            prove its stored line, its payload as disclosed and its inclusion proof against a checkpoint (--checkpoint FILE,
            or one an administrator --as signs now), with the log's verifier key. The parents' bundle holds no events and
            no count (nothing in it locates what their report leaves out); the others leave out events shown in part.
            ouders after a conversation skipped for safety or under an anonymous melding protects: by default it holds none of
            the child's words, the reason for opening, Veilig Thuis, third parties or other children, and free text naming
            staff, a role, a third party or Veilig Thuis waits for --release SEQ --reason TEXT (shown whole) or --redact SEQ
            --reason TEXT (shown without them); --draft shows the school what each item holds and what waits, and is never
            handed over. With --issue-to the decisions (shown, redacted, withheld, and why) go into report.issued.
            --issue-to NAME --as ID appends report.issued to the case (kind, recipient, the seqs the report holds, the SHA-256
            of the document and of the bundle, and for the parents what was shown, redacted or withheld and why), checked
            before any file is written, so who received what, and why, is on the record.
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
        if arguments.flag("draft"), kind != .veiligThuis, kind != .ouders {
            throw UsageError(message: "--draft applies only to veilig-thuis and ouders", command: arguments.spec.name)
        }
        if arguments.flag("draft"), kind == .ouders, arguments.value("issue-to") != nil || arguments.value("bundle") != nil {
            throw UsageError(message: "a parents' draft is for the school only: it cannot be issued or bundled", command: arguments.spec.name)
        }
        let parents = try ParentsArguments.choices(arguments, kind: kind)
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
            kind, from: reading.input(checkpoint: evidence?.0.checkpoint, verifierKey: evidence?.1.text), draft: arguments.flag("draft"), parents: parents)
        let document = Array((format == "json" ? ReportJSON.document(report) + "\n" : ReportHTML.document(report)).utf8)
        var bundle: EvidenceBundle?
        if let (checkpoint, key) = evidence {
            bundle = try makeBundle(report, document, reading, checkpoint: checkpoint, key: key, issuer: signer.key)
        }
        session.noteShown(case: caseID, seqs: report.includedSeqs)
        var drafts = session.takeViewDrafts(command: command)
        if let recipient = arguments.value("issue-to") {
            drafts.append(ReportIssue.draft(
                of: report, to: recipient, documentSHA256: Hex.encode(Digest.sha256(document)), bundleSHA256: bundle.map { Hex.encode(Digest.sha256($0.bytes)) },
                on: CalendarDay(SystemClock().now())))
        }
        // The read (and the issue) is on the record before any content leaves the process.
        let recorded = drafts.isEmpty ? [] : try session.checkedAppend(drafts).append(drafts)
        try write(document, report, to: output, context)
        if let bundle, let bundleOutput {
            try bundleOutput.write(bundle.bytes)
            context.console.err("wrote \(bundleOutput.url.path): evidence for \(bundle.items.count) events" + (report.evidenceNotes.isEmpty ? "" : " (\(report.evidenceNotes.joined(separator: " ")))"))
        }
        if !report.decisions.isEmpty, !report.isDraft, arguments.value("issue-to") == nil {
            context.console.err("not issued: what this report shows and withholds, and why, is recorded only with --issue-to NAME when you hand it over")
        }
        if let event = recorded.last, event.header.type == EventType.reportIssued {
            context.console.err("recorded report.issued at seq \(event.header.seq): \(report.kind.rawValue) to \(arguments.value("issue-to") ?? "")")
        }
        return .success
    }

    /// The report's evidence bundle, checked once before it is written.
    private static func makeBundle(
        _ report: Report, _ document: [UInt8], _ reading: ReportSource, checkpoint: SignedCheckpoint, key: NoteVerifierKey, issuer: SigningKey
    ) throws -> EvidenceBundle {
        let bundle = try BundleBuilder.bundle(
            for: report, document: document, events: reading.caseEvents, contents: reading.contents, authorKeys: reading.authorKeys, leaves: reading.leaves,
            checkpoint: checkpoint, verifierKey: key, issuer: issuer)
        try BundleVerifier.verify(bundle, key: key, document: document)
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
