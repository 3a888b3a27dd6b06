import Foundation
import Ledger

/// The scale figures side by side, one column per log size, with the targets: `record` and `case show`
/// under 50 ms on the largest log and within 1.5× of their time on the smallest, every command's peak
/// memory under 64 MiB, and `append --batch` at half the raw signing rate (measured just before it) or more.
struct ScaleReport {
    let columns: [ScaleFigures.Column]

    private static let constantTime: Set<String> = ["record (checked case append)", "case show"]

    /// The verdicts on the targets, one line each.
    var verdicts: [(target: String, met: Bool)] {
        guard let first = columns.first, let last = columns.last else { return [] }
        var verdicts = [(String, Bool)]()
        for (index, row) in last.rows.enumerated() where Self.constantTime.contains(row.name) {
            let ms = row.measurement.seconds * 1000, smallest = first.rows[index].measurement.seconds * 1000
            verdicts.append(("\(row.name) < 50 ms at \(last.events): \(Self.format(ms)) ms", ms < 50))
            verdicts.append(("\(row.name) ≤ 1.5 × its time at \(first.events) (\(Self.format(smallest)) ms)", ms <= 1.5 * smallest))
        }
        for column in columns {
            let worst = column.rows.max { $0.measurement.peakBytes < $1.measurement.peakBytes }
            if let worst {
                let mib = Double(worst.measurement.peakBytes) / 1_048_576
                verdicts.append(("peak memory < 64 MiB at \(column.events) (largest: \(worst.name), \(Self.format(mib)) MiB)", mib < 64))
            }
            let ratio = column.batchRate / column.signRate
            verdicts.append((
                "append --batch ≥ 0.5 × sign rate at \(column.events): \(Self.format(column.batchRate))/s against \(Self.format(column.signRate))/s, ratio \(String(format: "%.2f", ratio))",
                ratio >= 0.5))
        }
        return verdicts
    }

    /// The table as text.
    var text: [String] {
        guard let first = columns.first else { return [] }
        let header = "command".padding(toLength: 46, withPad: " ", startingAt: 0)
            + columns.map { "\($0.events) events".padding(toLength: 24, withPad: " ", startingAt: 0) }.joined()
        var lines = [header, "writing the log (bench, in process)".padding(toLength: 46, withPad: " ", startingAt: 0)
            + columns.map { "\(Self.format($0.writeSeconds)) s".padding(toLength: 24, withPad: " ", startingAt: 0) }.joined()]
        for (index, row) in first.rows.enumerated() {
            lines.append(row.name.padding(toLength: 46, withPad: " ", startingAt: 0) + columns.map { column in
                let measurement = column.rows[index].measurement
                let peak = measurement.peakBytes > 0 ? ", \(Self.format(Double(measurement.peakBytes) / 1_048_576)) MiB" : ""
                return "\(Self.format(measurement.seconds * 1000)) ms\(peak)"
                    .padding(toLength: 24, withPad: " ", startingAt: 0)
            }.joined())
        }
        lines += verdicts.map { "\($0.met ? "ok    " : "MISSED") \($0.target)" }
        return lines
    }

    /// The table as JSON.
    var json: JSONValue {
        .object([
            "columns": .array(columns.map { column in
                .object([
                    "events": .integer(Int64(column.events)), "writeMilliseconds": .integer(Int64((column.writeSeconds * 1000).rounded())),
                    "batchRate": .integer(Int64(column.batchRate.rounded())), "signRate": .integer(Int64(column.signRate.rounded())),
                    "commands": .array(column.rows.map { row in
                        .object([
                            "name": .string(row.name), "milliseconds": .integer(Int64((row.measurement.seconds * 1000).rounded())),
                            "peakKiB": .integer(Int64(row.measurement.peakBytes / 1024)),
                        ])
                    }),
                ])
            }),
            "targets": .array(verdicts.map { .object(["target": .string($0.target), "met": .bool($0.met)]) }),
        ])
    }

    private static func format(_ value: Double) -> String {
        value >= 100 ? String(format: "%.0f", value) : String(format: "%.1f", value)
    }
}
