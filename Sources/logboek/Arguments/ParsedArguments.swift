import Ledger

/// A command line parsed against a ``CommandSpec``.
struct ParsedArguments {
    /// The command it was parsed for.
    let spec: CommandSpec
    /// Positional arguments, in order.
    let positionals: [String]
    /// The values of options that take one, by name.
    let values: [String: [String]]
    /// The flags that were given.
    let flags: Set<String>
    /// Every option with a value, in the order given (to pair options such as `--release SEQ --reason TEXT`).
    let ordered: [(name: String, value: String)]

    /// Parses `arguments` (the words after the command's name).
    /// - Throws: ``UsageError`` for an unknown option, a missing value, a repeated option or a wrong
    ///   number of positional arguments.
    init(_ arguments: [String], spec: CommandSpec) throws(UsageError) {
        self.spec = spec
        var positionals = [String]()
        var values = [String: [String]]()
        var flags = Set<String>()
        var ordered = [(name: String, value: String)]()
        var remaining = arguments[...]
        while let word = remaining.popFirst() {
            guard word.hasPrefix("--"), word != "--" else {
                if word == "--" { positionals.append(contentsOf: remaining); break }
                if word == "-h" { flags.insert("help"); continue }
                positionals.append(word)
                continue
            }
            let (name, inlineValue) = Self.split(word)
            if name == "help", inlineValue == nil { flags.insert("help"); continue }
            guard let option = spec.allOptions.first(where: { $0.name == name }) else {
                throw UsageError(message: "unknown option --\(name) for `logboek \(spec.name)`", command: spec.name)
            }
            guard option.valueName != nil else {
                guard inlineValue == nil else { throw UsageError(message: "--\(name) takes no value", command: spec.name) }
                flags.insert(name)
                continue
            }
            guard let value = inlineValue ?? remaining.popFirst() else {
                throw UsageError(message: "--\(name) needs a value (\(option.valueName ?? "VALUE"))", command: spec.name)
            }
            guard option.repeatable || values[name] == nil else {
                throw UsageError(message: "--\(name) may be given only once", command: spec.name)
            }
            values[name, default: []].append(value)
            ordered.append((name, value))
        }
        self.ordered = ordered
        self.positionals = positionals
        self.values = values
        self.flags = flags
        if !flags.contains("help") { try checkPositionals() }
    }

    /// Arguments already parsed, e.g. with file forms replaced by their text (``ContentFile``).
    init(spec: CommandSpec, positionals: [String], values: [String: [String]], flags: Set<String>, ordered: [(name: String, value: String)]) {
        self.spec = spec
        self.positionals = positionals
        self.values = values
        self.flags = flags
        self.ordered = ordered
    }

    private static func split(_ word: String) -> (String, String?) {
        let body = word.dropFirst(2)
        guard let equals = body.firstIndex(of: "=") else { return (String(body), nil) }
        return (String(body[..<equals]), String(body[body.index(after: equals)...]))
    }

    private func checkPositionals() throws(UsageError) {
        let expected = spec.positionals.map(\.name)
        if positionals.count < expected.count {
            throw UsageError(message: "missing \(expected[positionals.count...].joined(separator: " "))", command: spec.name)
        }
        if positionals.count > expected.count {
            throw UsageError(message: "unexpected argument '\(positionals[expected.count])'", command: spec.name)
        }
        if let empty = positionals.firstIndex(of: "") {
            throw UsageError(message: "\(expected[empty]) is empty", command: spec.name)
        }
    }

    /// The value of an option given once, or `nil`.
    func value(_ name: String) -> String? { values[declared(name)]?.last }

    /// All values of a repeatable option, in order.
    func all(_ name: String) -> [String] { values[declared(name)] ?? [] }

    /// Whether a flag was given.
    func flag(_ name: String) -> Bool { flags.contains(declared(name)) }

    /// Whether the command declares an option, for code shared by commands that do and commands that do not.
    func declares(_ name: String) -> Bool { name == "help" || spec.allOptions.contains { $0.name == name } }

    /// A name the command declares: a lookup of any other (a misspelt option, which would read as never given) stops
    /// a debug build, so the tests that run the command find it.
    private func declared(_ name: String) -> String {
        assert(declares(name), "`logboek \(spec.name)` looks up --\(name), which it does not declare")
        return name
    }

    /// The value of an option that must be given.
    /// - Throws: ``UsageError`` naming the option.
    func required(_ name: String) throws(UsageError) -> String {
        guard let value = value(name) else {
            let option = spec.allOptions.first { $0.name == name }
            let fileForm = option?.fileForm.map { " (or --\($0.name) FILE|-)" } ?? ""
            throw UsageError(message: "missing --\(name) \(option?.valueName ?? "VALUE")\(fileForm)", command: spec.name)
        }
        return value
    }

    /// The value of an option as a non-negative integer, or `nil` if absent.
    /// - Throws: ``UsageError`` if it is not one.
    func count(_ name: String) throws(UsageError) -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text), number >= 0, number <= PayloadLimits.maximumInteger else {
            throw UsageError(
                message: "--\(name) must be a whole number from 0 to \(PayloadLimits.maximumInteger), not '\(text)'", command: spec.name)
        }
        return number
    }
}
