import Foundation
import Ledger

/// `serve --tiles DIR`: keeps a publication folder current while the server runs, by publishing again
/// within seconds of each append (when the log's length changed) and of each newly signed checkpoint.
enum TilePublishing {
    /// Seconds between looks at the log.
    static let interval: TimeInterval = 5

    /// Starts publishing in the background; a failure is reported on standard error and tried again.
    /// - Parameters:
    ///   - layout: The logbook.
    ///   - directory: The publication folder.
    static func start(_ layout: LogbookLayout, to directory: URL) {
        Thread.detachNewThread {
            var published: (log: UInt64, checkpoints: Int)?
            while true {
                let now = (log: fileSize(layout.log), checkpoints: (try? FileManager.default.contentsOfDirectory(atPath: layout.checkpoints.path))?.count ?? 0)
                if published.map({ $0.log != now.log || $0.checkpoints != now.checkpoints }) ?? true {
                    do {
                        _ = try TilePublisher.publish(layout, to: directory)
                        published = now
                    } catch {
                        let summary = ErrorSummary(error)
                        FileHandle.standardError.write(Data("tiles: \(summary.message) (\(summary.code)); retrying in \(Int(interval)) s\n".utf8))
                    }
                }
                Thread.sleep(forTimeInterval: interval)
            }
        }
    }

    private static func fileSize(_ file: URL) -> UInt64 {
        ((try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? NSNumber)?.uint64Value ?? 0
    }
}
