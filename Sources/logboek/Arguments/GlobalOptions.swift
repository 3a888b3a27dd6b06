/// The options that may stand before the command words too (`logboek --logbook DIR verify`), as in git.
enum GlobalOptions {
    /// The options taken from before the command, with whether each takes a value.
    static let movable: [String: Bool] = ["logbook": true, "json": false, "help": false]

    /// The words with every movable option given before the command moved to after the command words, so
    /// the command's own parser reads them wherever they were typed.
    /// - Parameter words: The arguments after the program name.
    /// - Returns: The same words, command first.
    static func commandFirst(_ words: [String]) -> [String] {
        var leading = [String]()
        var rest = words[...]
        while let word = rest.first, word.hasPrefix("--"), word != "--" {
            let name = String(word.dropFirst(2).prefix { $0 != "=" })
            guard let takesValue = movable[name] else { break }
            leading.append(rest.removeFirst())
            if takesValue, !word.contains("="), let value = rest.first {
                leading.append(value)
                rest.removeFirst()
            }
        }
        return Array(rest) + leading
    }
}
