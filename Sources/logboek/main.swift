import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Every command, in the order `logboek --help` lists them.
let commands: [any Command.Type] = [
    InitCommand.self, ActorAddCommand.self, ActorRotateCommand.self, ActorRevokeCommand.self, ActorListCommand.self,
    AppendCommand.self, LogCommand.self, VerifyCommand.self, RepairCommand.self,
]

exit(CommandLine.run(Array(CommandLine.arguments.dropFirst()), commands: commands).rawValue)
