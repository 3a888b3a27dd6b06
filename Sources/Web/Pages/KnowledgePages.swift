import Documents
import Ledger
import Meldcode

/// Wie wist wat wanneer and Evaluatie: the knowledge questions and the evaluation of a case as pages, replayed as the
/// log stood at the end of a day chosen with a date picker (`--known-on` on the command line).
enum KnowledgePages {
    static func knowledge(_ visit: Visit, case id: String) -> HTTPResponse {
        visit.reading(page: "wie wist wat") { session in
            let query = visit.page.http.query
            let (seq, day) = try replay(session, query["bekend-op"])
            let events = try session.events(ofCase: id)
            guard !events.isEmpty else { throw ReportError.caseNotFound(id) }
            let knowledge = CaseKnowledge.of(id, in: events, through: seq)
            let question = question(query["vraag"] ?? "school", knowledge)
            let answer = knowledge.map { TextLines.nodes(KnowledgeAnswer(question, in: $0, actorRoles: session.actorRoles).lines) }
                ?? [Markup.tag("p", text: "Op die dag was het dossier nog niet geopend.")]
            let registry = session.writer.state.registry
            let choices = [("school", "Wanneer wist de school het eerst?")]
                + events.filter { $0.type != EventType.caseViewed }.map { ("seq:\($0.seq)", "Wie wist van #\($0.seq) \(EventLine($0).dutchName)?") }
                + registry.actors.keys.sorted().map { ("persoon:\($0)", "Wat wist \(Visit.name(of: $0, in: registry))?") }
            let picker = Markup.tag("form", [("method", "get"), ("action", "/dossier/\(FormData.encode(id))/wie-wist-wat")], [
                Markup.tag("label", [("for", "vraag")], text: "Vraag"),
                Markup.tag("select", [("id", "vraag"), ("name", "vraag")], choices.map { value, text in
                    Markup.tag("option", [("value", value)] + (value == (query["vraag"] ?? "school") ? [("selected", "selected")] : []), text: text)
                }),
            ] + dayPicker(day) + [Markup.button("Tonen")])
            return .page(PageFrame(title: "Wie wist wat wanneer — dossier \(id)", person: visit.person, content: [picker] + answer + back(id)).html)
        }
    }

    static func evaluation(_ visit: Visit, case id: String) -> HTTPResponse {
        visit.reading(page: "evaluatie") { session in
            let (seq, day) = try replay(session, visit.page.http.query["bekend-op"])
            let events = try session.events(ofCase: id)
            guard !events.isEmpty else { throw ReportError.caseNotFound(id) }
            let evaluation = CaseEvaluation.evaluate(id, in: events, through: seq, profiles: session.profiles, actorRoles: session.actorRoles)
            let picker = Markup.tag("form", [("method", "get"), ("action", "/dossier/\(FormData.encode(id))/evaluatie")], dayPicker(day) + [Markup.button("Tonen")])
            let body = evaluation.map { TextLines.nodes($0.lines(actorRoles: session.actorRoles)) } ?? [Markup.tag("p", text: "Op die dag was het dossier nog niet geopend.")]
            return .page(PageFrame(title: "Evaluatie — dossier \(id)", person: visit.person, content: [picker] + body + back(id)).html)
        }
    }

    /// The last seq recorded by the end of a day (`-1`: nothing yet), or `nil` for the whole log, and the day itself.
    private static func replay(_ session: CaseSession, _ text: String?) throws -> (Int?, CalendarDay?) {
        guard let text, !text.isEmpty, let day = CalendarDay(text) else { return (nil, nil) }
        let writer = session.writer
        let seq = try LogPrefix.lastSeq(knownOn: day, count: writer.state.nextSeq) { try writer.event(atSeq: $0).header.recordedAt } ?? -1
        return (seq, day)
    }

    private static func question(_ value: String, _ knowledge: CaseKnowledge?) -> KnowledgeQuestion {
        if value.hasPrefix("seq:"), let seq = Int(value.dropFirst(4)) { return .whoKnew(seq: seq) }
        if value.hasPrefix("persoon:") { return .whatKnew([.actor(String(value.dropFirst(8)))]) }
        return .schoolFirstKnew
    }

    private static func dayPicker(_ day: CalendarDay?) -> [HTMLNode] {
        [
            Markup.tag("label", [("for", "bekend-op")], [.text("Zoals het logboek was op"), Markup.tag("span", [("class", "hint"), ("id", "bekend-op-hint")], text: "(niet verplicht) Leeg: zoals het nu is.")]),
            Markup.tag("input", [("type", "date"), ("id", "bekend-op"), ("name", "bekend-op"), ("value", day?.description ?? ""), ("aria-describedby", "bekend-op-hint")]),
        ]
    }

    private static func back(_ id: String) -> [HTMLNode] {
        [Markup.tag("p", [], [Markup.link("/dossier/\(FormData.encode(id))", "Terug naar het dossier")])]
    }
}
