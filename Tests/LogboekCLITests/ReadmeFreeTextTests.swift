import Foundation
import Testing

/// The README's examples and the walkthroughs in `tools/examples` show content the way it should be given: through a
/// file, standard input or guided entry, never as a plain flag that puts it in `/proc/<pid>/cmdline` and the shell's
/// history.
@Suite("Examples keep free text off the command line")
struct ReadmeFreeTextTests {
    /// Every `logboek` command line in the README's `sh` blocks, as words after `logboek` (continuations joined,
    /// quotes removed).
    static func commandLines() throws -> [[String]] {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        return readme.components(separatedBy: "```sh\n").dropFirst().flatMap { block in
            commandLines(inScript: block.components(separatedBy: "\n```").first ?? "")
        }
    }

    /// Every `logboek` command line of a shell script, as words after `logboek` and its `--logbook DIR`.
    static func commandLines(inScript script: String) -> [[String]] {
        script.replacingOccurrences(of: "\\\n", with: " ").split(separator: "\n").compactMap { line -> [String]? in
            let words = Self.words(String(line.prefix { $0 != "#" }))
            guard words.first == "logboek" else { return nil }
            let rest = words.dropFirst()
            return Array(rest.first == "--logbook" ? rest.dropFirst(2) : rest)
        }
    }

    /// The walkthroughs' command lines.
    static func walkthroughLines() throws -> [[String]] {
        let folder = Repository.root.appendingPathComponent("tools/examples")
        let scripts = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sh") }.sorted()
        return try scripts.flatMap { name in
            commandLines(inScript: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
    }

    /// A line split into shell words, with single and double quotes removed.
    static func words(_ line: String) -> [String] {
        var words = [String](), current = "", quote: Character?, inWord = false
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character == " " {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    /// The options of a command line's command that have a file form, read from its `--help`.
    static func freeTextOptions(of words: [String]) throws -> Set<String> {
        let command = Array(words.prefix { !$0.hasPrefix("-") && !$0.hasPrefix("$") })
        let help = try CLI.run(command + ["--help"]).stdout
        return Set(help.split(separator: "\n").compactMap { line -> String? in
            let label = line.trimmingCharacters(in: .whitespaces).prefix { $0 != " " }
            guard label.hasPrefix("--"), label.hasSuffix("-file"), line.contains("FILE|-") else { return nil }
            return String(label.dropFirst(2).dropLast(5))
        })
    }

    @Test("No README example and no walkthrough gives a free-text option's content as a plain flag")
    func noPlainContent() throws {
        let lines = try Self.commandLines()
        #expect(lines.contains { $0.contains("case") && $0.contains("open") }, "the scan finds the quick start")
        let walkthroughs = try Self.walkthroughLines()
        #expect(walkthroughs.filter { $0.first == "record" }.count > 20, "the scan finds the walkthroughs' records")
        for words in lines + walkthroughs {
            let options = try Self.freeTextOptions(of: words)
            let plain = words.filter { $0.hasPrefix("--") }.map { String($0.dropFirst(2).prefix { $0 != "=" }) }.filter(options.contains)
            #expect(plain.isEmpty, "logboek \(words.joined(separator: " ")) gives \(plain.map { "--\($0)" }) as a flag")
        }
    }
}
