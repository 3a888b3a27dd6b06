import Ledger

/// The answer to a ``KnowledgeQuestion`` about one case: the edges, as Dutch sentences and as JSON.
public struct KnowledgeAnswer: Sendable {
    /// The question.
    public let question: KnowledgeQuestion
    /// The case's knowledge the answer reads.
    public let knowledge: CaseKnowledge
    /// The edges that answer it (for ``KnowledgeQuestion/schoolFirstKnew``: the signals').
    public let edges: [KnowledgeEdge]
    /// For ``KnowledgeQuestion/schoolFirstKnew``: each specific form of violence with the edge of its first weighing.
    public let forms: [(form: ViolenceForm, edge: KnowledgeEdge)]
    private let sentences: KnowledgeSentences

    /// Answers a question.
    /// - Parameters:
    ///   - question: The question.
    ///   - knowledge: The case's knowledge (as of the seq the caller chose).
    ///   - actorRoles: Each actor's roles, for the sentences.
    ///   - worldDay: Keep only what was known in the world by the end of this day (`nil`: no limit).
    public init(_ question: KnowledgeQuestion, in knowledge: CaseKnowledge, actorRoles: [String: Set<Role>], worldDay: CalendarDay? = nil) {
        self.question = question
        self.knowledge = knowledge
        sentences = KnowledgeSentences(knowledge, actorRoles: actorRoles)
        let known = { (edge: KnowledgeEdge) in worldDay.map { edge.day <= $0 } ?? true }
        switch question {
        case .whoKnew(let seq):
            edges = knowledge.knowers(of: seq).filter(known)
            forms = []
        case .whatKnew(let knowers):
            edges = knowers.flatMap { knowledge.known(by: $0) }.filter(known)
            forms = []
        case .schoolFirstKnew:
            edges = knowledge.schoolFirstKnew(EventType.signalRecorded.rawValue).filter(known)
            forms = knowledge.schoolFirstKnewForms().filter { known($0.edge) }
        }
    }

    /// The answer as Dutch sentences, a heading first.
    public var lines: [String] {
        switch question {
        case .whoKnew(let seq):
            return ["Wie weet van \(sentences.fact(seq)) in dossier \(knowledge.id):"] + body(edges, none: "Niemand.")
        case .whatKnew(let knowers):
            let names = knowers.map(sentences.name).joined(separator: ", ")
            return ["Wat \(names.isEmpty ? "niemand" : names) weet in dossier \(knowledge.id):"] + body(edges, none: "Niets.")
        case .schoolFirstKnew:
            let formLines = forms.map { "  \($0.form.dutchName): sinds \($0.edge.day.dutchText), genoemd in \(sentences.fact($0.edge.seq))." }
            return ["Wanneer de school het eerst wist, in dossier \(knowledge.id):", "Signalen"] + body(edges, none: "Geen signalen.")
                + ["Vormen van geweld"] + (formLines.isEmpty ? ["  Geen specifieke vormen gewogen."] : formLines)
        }
    }

    /// The answer as JSON: `{"case", "question", "edges": [<KnowledgeEdge.json> + "sentence"], "forms"?: [{"form", "edge"}]}`.
    public var json: JSONValue {
        var members: [String: JSONValue] = [
            "case": .string(knowledge.id), "edges": .array(edges.map(edgeJSON)),
        ]
        switch question {
        case .whoKnew(let seq): members["question"] = .object(["seq": .integer(Int64(seq))])
        case .whatKnew(let knowers): members["question"] = .object(["knowers": .array(knowers.map { .string($0.description) })])
        case .schoolFirstKnew:
            members["question"] = .object(["schoolFirstKnew": .bool(true)])
            members["forms"] = .array(forms.map { .object(["form": .string($0.form.rawValue), "edge": edgeJSON($0.edge)]) })
        }
        return .object(members)
    }

    private func body(_ edges: [KnowledgeEdge], none: String) -> [String] {
        edges.isEmpty ? ["  \(none)"] : edges.map { "  " + sentences.sentence($0) }
    }

    private func edgeJSON(_ edge: KnowledgeEdge) -> JSONValue {
        .object((edge.json.objectValue ?? [:]).merging(["sentence": .string(sentences.sentence(edge))]) { $1 })
    }
}
