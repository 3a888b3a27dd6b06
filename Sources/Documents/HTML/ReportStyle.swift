/// The stylesheet of every report: plain and readable on screen, A4 in print with a running header
/// ("Vertrouwelijk" and the case), page numbers, entries never split; sections flow (no forced page break that could
/// leave a page holding one line).
enum ReportStyle {
    /// The stylesheet for a report.
    /// - Parameters:
    ///   - caseID: The case shown in the running header.
    ///   - isDraft: Whether every page says CONCEPT.
    static func sheet(caseID: String, isDraft: Bool) -> CSSText {
        var sheet = base
        sheet = sheet + CSSText("@page { @top-right { content: ") + CSSText.quoted("Dossier \(caseID)") + CSSText("; } }\n")
        if isDraft { sheet = sheet + draft }
        return sheet
    }

    private static let draft = CSSText("""
        @page { @top-center { content: "CONCEPT"; color: #a3341f; font-weight: bold; letter-spacing: 0.2em; } }
        .draft { display: block; }

        """)

    private static let base = CSSText("""
        @page { size: A4; margin: 22mm 18mm 20mm 18mm;
          @top-left { content: "Vertrouwelijk"; font: 600 8.5pt "DejaVu Sans", sans-serif; color: #7a4b2a; }
          @top-right { font: 8.5pt "DejaVu Sans", sans-serif; color: #5b5b5b; }
          @bottom-right { content: "pagina " counter(page) " van " counter(pages); font: 8.5pt "DejaVu Sans", sans-serif; color: #5b5b5b; } }
        :root { color-scheme: light; }
        body { font: 10.5pt/1.5 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #2b2622; background: #fff;
          max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
        @media print { body { margin: 0; max-width: none; padding: 0; } }
        header.document { border-bottom: 3px solid #c98b5a; padding-bottom: 0.6rem; margin-bottom: 1.2rem; }
        .confidential { margin: 0; font-size: 8.5pt; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: #7a4b2a; }
        h1 { font-size: 19pt; margin: 0.2rem 0 0.3rem; font-weight: 600; color: #3b2a1e; }
        .subtitle { margin: 0; color: #5b5148; }
        .draft { display: none; margin: 0.5rem 0 0; padding: 0.3rem 0.6rem; border: 2px solid #a3341f; color: #a3341f; font-weight: bold;
          letter-spacing: 0.2em; text-align: center; }
        h2 { font-size: 13.5pt; margin: 1.4rem 0 0.5rem; color: #3b2a1e; border-bottom: 1px solid #e6d5c3; padding-bottom: 0.2rem;
          break-after: avoid; break-inside: avoid; }
        h3 { font-size: 11pt; margin: 0 0 0.2rem; color: #3b2a1e; break-after: avoid; }
        p { margin: 0.3rem 0 0.6rem; }
        table { border-collapse: collapse; width: 100%; margin: 0.3rem 0 0.6rem; }
        th, td { text-align: left; vertical-align: top; padding: 0.22rem 0.5rem 0.22rem 0; }
        th { width: 34%; font-weight: 600; color: #5b5148; }
        td { white-space: pre-wrap; overflow-wrap: anywhere; }
        table.facts tr + tr th, table.facts tr + tr td { border-top: 1px solid #f0e6da; }
        ul.nested { list-style: none; padding-left: 0; }
        ul.nested .label { color: #5b5148; }
        ul { margin: 0; padding-left: 1.1rem; }
        blockquote { margin: 0; padding: 0.1rem 0 0.1rem 0.7rem; border-left: 3px solid #c98b5a; font-style: italic; }
        article.entry { border: 1px solid #e6d5c3; border-radius: 6px; padding: 0.55rem 0.8rem 0.35rem; margin: 0 0 0.7rem;
          background: #fffcf8; break-inside: avoid; }
        .seq { display: inline-block; min-width: 2.2rem; color: #7a4b2a; }
        .meta { margin: 0 0 0.3rem; font-size: 9pt; color: #5b5148; }
        .remarks { margin: 0.2rem 0 0.3rem; padding: 0.3rem 0.6rem 0.3rem 1.4rem; background: #f7eee4; border-radius: 4px; font-size: 9.5pt; }
        .hash { margin: 0.1rem 0 0; font: 7.5pt "DejaVu Sans Mono", monospace; color: #8a8178; overflow-wrap: anywhere; }
        footer.document { margin-top: 1.5rem; padding-top: 0.5rem; border-top: 1px solid #e6d5c3; font-size: 8.5pt; color: #5b5148; }

        """)
}
