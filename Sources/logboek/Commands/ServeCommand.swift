import Foundation
import Ledger
import Web

/// `logboek serve`: the school's web application on a loopback address, run as the logbook's own service account.
enum ServeCommand: Command {
    static let spec = CommandSpec(
        path: ["serve"], abstract: "Serve the Dutch web application for the school's staff (plain HTTP on loopback, behind a TLS proxy).",
        options: [
            OptionSpec(name: "listen", valueName: "ADDRESS:PORT", help: "The loopback address and port to listen on (default 127.0.0.1:8080)."),
            OptionSpec(name: "host", valueName: "NAMES", help: "Host names the reverse proxy forwards, comma-separated (e.g. logboek.school.nl)."),
            OptionSpec(name: "idle", valueName: "SECONDS", help: "End a sign-in and wipe its keys after this long without a request (default 900)."),
            OptionSpec(name: "tiles", valueName: "DIR", help: "Keep DIR's published tiles current (as `logboek tiles DIR`) within seconds of each append."),
        ],
        discussion: """
            One long-running process that owns the logbook: staff sign in with their actor id and passphrase, and read and
            record through their browser; every page that shows case content records case.viewed, every write goes through
            the same checked append as `logboek record`, signed with the signed-in person's own key. It listens on loopback
            only and speaks plain HTTP/1.1: put nginx or Caddy in front of it for TLS (see tools/nginx-logboek.conf), which
            must pass the Host header and set X-Forwarded-Proto. Requests with another Host are refused (DNS rebinding).
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let (address, port) = try listen(arguments)
        let layout = try context.layout(arguments)
        _ = try LogWriter(opening: layout, lockTimeout: Double(30))
        var hosts: Set<String> = ["\(address):\(port)", "localhost:\(port)"]
        for name in (arguments.value("host") ?? "").split(separator: ",") {
            hosts.insert(name.trimmingCharacters(in: .whitespaces).lowercased())
        }
        var configuration = WebConfiguration(layout: layout, hosts: hosts)
        if let idle = try arguments.count("idle") {
            guard idle >= 1 else { throw UsageError(message: "--idle takes at least 1 second", command: spec.name) }
            configuration.idleSeconds = Int64(idle)
        }
        let application = WebApplication(configuration: configuration)
        let server = try HTTPServer(address: address, port: port) { application.handle($0) }
        Thread.detachNewThread {
            while true {
                Thread.sleep(forTimeInterval: 1)
                application.sweep()
            }
        }
        if let tiles = arguments.value("tiles") { TilePublishing.start(layout, to: URL(fileURLWithPath: tiles)) }
        context.console.err("Logboek luistert op http://\(address):\(server.port)/ (logboek \(layout.directory.path)); Ctrl-C stopt.")
        server.run()
    }

    /// The address and port `--listen` names; only a loopback address (127.0.0.0/8) is taken.
    private static func listen(_ arguments: ParsedArguments) throws -> (String, UInt16) {
        let text = arguments.value("listen") ?? "127.0.0.1:8080"
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let port = UInt16(parts[1]), parts[0].split(separator: ".").count == 4 else {
            throw UsageError(message: "--listen takes ADDRESS:PORT, e.g. 127.0.0.1:8080, not '\(text)'", command: spec.name)
        }
        guard parts[0].hasPrefix("127.") else {
            throw UsageError(
                message: "logboek serve listens on loopback only (127.0.0.1); let nginx or Caddy serve the school's network over TLS",
                command: spec.name)
        }
        return (parts[0], port)
    }
}
