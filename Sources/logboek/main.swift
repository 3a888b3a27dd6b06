import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Every command, in the order `logboek --help` lists them.
let commands: [any Command.Type] = [
    InitCommand.self, ActorAddCommand.self, ActorRotateCommand.self, ActorRevokeCommand.self, ActorListCommand.self,
    CaseOpenCommand.self, CaseListCommand.self, CaseShowCommand.self, CaseGrantCommand.self, CaseWithdrawCommand.self, CaseMembersCommand.self, RecordCommand.self, ServeCommand.self, FindingsCommand.self, StatusCommand.self, KnowledgeCommand.self, EvaluateCommand.self, ReportCommand.self, BundleVerifyCommand.self, SchemaCommand.self, AppendCommand.self, LogCommand.self, VerifyCommand.self,
    RepairCommand.self, ProfileListCommand.self, ProfileShowCommand.self, ProfileAdoptCommand.self, CheckpointCommand.self,
    ProveInclusionCommand.self, ProveConsistencyCommand.self, TilesCommand.self, WitnessInitCommand.self, WitnessCosignCommand.self,
    WitnessFollowCommand.self, BoardCommand.self,
    UnlockCommand.self, LockCommand.self, EraseCommand.self, RetentionCommand.self, RecoverCommand.self,
]

// A write beyond a file-size limit then fails with EFBIG, which the writer turns into a clean refusal
// (the log is cut back to where it was), instead of the process being killed mid-write.
signal(SIGXFSZ, SIG_IGN)
exit(CommandLine.run(Array(CommandLine.arguments.dropFirst()), commands: commands).rawValue)
