import Meldcode

/// `logboek schema TYPE`: prints the JSON Schema of a meldcode event type's payload.
enum SchemaCommand: Command {
    static let spec = CommandSpec(
        path: ["schema"], abstract: "Print the JSON Schema (2020-12) of a meldcode event type's payload.",
        positionals: [PositionalSpec(name: "TYPE", help: "The event type, e.g. signal.recorded.")],
        discussion: "The same text as Schemas/events/TYPE.schema.json; `logboek record --help` lists the types.")

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let definition = try EventCatalogue.standard.require(arguments.positionals[0])
        context.console.out(String(definition.schemaText.dropLast()))
        return .success
    }
}
