import Ledger
import Meldcode

/// Commands that record a day of their own (`case open`, `case grant`, `case withdraw`): entered from paper notes
/// they take `--recorded-from-paper` and then require their day, so a case entered afterwards never shows as
/// opened, or shared, on the day it was typed in.
enum PaperRecord {
    /// `--recorded-from-paper WHERE`.
    static let option = OptionSpec.freeText(
        "recorded-from-paper", help: "Entered after the fact from paper notes: where the paper record is kept (the day option is then required).")

    /// The day a command records, and the paper record's place if any.
    /// - Parameters:
    ///   - arguments: The command's arguments.
    ///   - option: The day's option, e.g. `opened-on`.
    ///   - label: What the day is, in Dutch.
    ///   - context: For the note when the day defaults to today.
    /// - Returns: The day, and where the paper record is kept.
    /// - Throws: ``UsageError`` when a record from paper lacks its day.
    static func day(_ arguments: ParsedArguments, option: String, label: String, _ context: Context) throws -> (day: String, paper: String?) {
        let paper = arguments.value("recorded-from-paper")
        if let day = arguments.value(option) { return (day, paper) }
        if paper != nil {
            throw UsageError(message: "`--\(option)` ontbreekt (\(label)): bij een vastlegging van papier hoort de dag waarop het gebeurde", command: arguments.spec.name)
        }
        let today = CalendarDay(SystemClock().now())
        context.console.err("Let op: \(label) is vandaag, \(DutchDate.text(today)). Neemt u dit over van papier, geef dan --\(option) en --recorded-from-paper.")
        return (today.description, nil)
    }

    /// A note when a record's day lies before the case was opened: the opening day is then likely wrong (the case was
    /// opened without `--opened-on`), and a correction naming `opened-on` puts it right.
    /// - Parameters:
    ///   - payload: The payload about to be recorded.
    ///   - definition: Its type.
    ///   - caseID: The case.
    ///   - events: The case's events so far.
    /// - Returns: The note's lines (none when the day is not earlier).
    static func beforeOpening(_ payload: [String: JSONValue], _ definition: EventDefinition, caseID: String, in events: [RecordedEvent]) -> [String] {
        guard let opening = events.first(where: { $0.type == EventType.caseOpened && $0.stream == CaseStream.name(of: caseID) }),
              let opened = opening.payload[.openedOn]?.stringValue.flatMap(CalendarDay.init),
              let checked = try? definition.validate(payload, recordedAt: SystemClock().now()),
              let early = known(checked.worldDates), early < opened
        else { return [] }
        return [
            "Let op: \(DutchDate.text(early)) ligt vóór de opening van dossier \(caseID) op \(DutchDate.text(opened)).",
            "Klopt de openingsdatum niet, corrigeer die dan: logboek record record.corrected --case \(caseID) --corrects \(opening.seq) "
                + "--field opened-on --value JJJJ-MM-DD --correction TEKST --reason TEKST --corrected-on JJJJ-MM-DD",
        ]
    }

    /// The day the school knew what a record records: its earliest date, or the day a third party told it when later.
    private static func known(_ dates: [CheckedPayload.Dated]) -> CalendarDay? {
        let told = dates.first { $0.path == "source.date" }?.day
        let happened = dates.filter { $0.path != "source.date" }.map(\.day).min()
        return [happened, told].compactMap { $0 }.max()
    }
}
