import Foundation
import Ledger

// logboek-examples: builds the example school's logbook from tools/examples/ for the demo and the tests.
// Each event is recorded at the moment its example file gives, so the stories span weeks as real cases
// do; a real logbook records every event at the moment it is appended. See tools/examples/README.md.

let usage = """
    Usage: logboek-examples DIR [--examples FOLDER]
    Builds a logbook in DIR (which must not hold one yet) from FOLDER (default: tools/examples): the school
    in school.json, then every other *.json file there as one case. Staff keys are sealed with the
    passphrases school.json gives. Exit status: 0 built, 1 an example was refused, 2 usage.
    """

func say(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(status)
}

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.isEmpty || arguments.contains("--help") {
    say(usage)
    exit(arguments.isEmpty ? 2 : 0)
}
var folder = URL(fileURLWithPath: "tools/examples")
if let flag = arguments.firstIndex(of: "--examples") {
    guard flag + 1 < arguments.count else { fail("--examples needs a folder", status: 2) }
    folder = URL(fileURLWithPath: arguments[flag + 1])
    arguments.removeSubrange(flag...(flag + 1))
}
guard arguments.count == 1 else { fail("give exactly one logbook folder\n\(usage)", status: 2) }

do {
    let school = try ExampleSchool(at: folder.appendingPathComponent("school.json"))
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasSuffix(".json") && $0 != "school.json" }.sorted()
    let cases = try files.map { try ExampleCase(at: folder.appendingPathComponent($0)) }
    let layout = LogbookLayout(directory: URL(fileURLWithPath: arguments[0]))
    let events = try ExampleBuilder(school: school, cases: cases).build(at: layout)
    say("Built \(layout.directory.path): \(events) events; cases \(cases.map(\.caseID).joined(separator: ", "))")
} catch {
    fail("\(error)", status: 1)
}
