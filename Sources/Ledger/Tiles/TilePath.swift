import Foundation

/// The resource paths of a C2SP `tlog-tiles` log, relative to its prefix, and the tile geometry: which
/// tiles a tree of a given size has and how wide each is.
///
/// Tile indices are written as zero-padded 3-digit path elements, all but the last prefixed with `x`
/// (1234067 is `x001/x234/067`); a partial tile of width W adds `.p/W`.
public enum TilePath {
    /// The hashes in a full tile, and the entries in a full bundle.
    public static let width = 256
    /// The signed checkpoint.
    public static let checkpoint = "checkpoint"

    /// The tile of Merkle tree hashes at tile level `level`, index `index`.
    /// - Parameters:
    ///   - level: The tile level (hashes at tree height `8 × level`).
    ///   - index: The tile's index within its level.
    ///   - width: The number of hashes, 256 for a full tile.
    /// - Returns: `tile/<L>/<N>[.p/<W>]`.
    public static func tile(level: Int, index: Int, width: Int = width) -> String {
        "tile/\(level)/" + encode(index, width: width)
    }

    /// The entry bundle (each entry the canonical header bytes, whose RFC 6962 leaf hash is the event hash).
    /// - Parameters:
    ///   - index: The bundle's index (entries `256 × index` onwards).
    ///   - width: The number of entries, 256 for a full bundle.
    /// - Returns: `tile/entries/<N>[.p/<W>]`.
    public static func entries(index: Int, width: Int = width) -> String {
        "tile/entries/" + encode(index, width: width)
    }

    /// The line bundle: the stored log lines of the same entries, exactly as in `log.jsonl`.
    /// - Parameters:
    ///   - index: The bundle's index.
    ///   - width: The number of lines, 256 for a full bundle.
    /// - Returns: `tile/lines/<N>[.p/<W>]`.
    public static func lines(index: Int, width: Int = width) -> String {
        "tile/lines/" + encode(index, width: width)
    }

    /// The number of hashes at tile level `level` in a tree of `size` leaves: `floor(size / 256^level)`.
    static func hashCount(level: Int, size: Int) -> Int {
        size >> (8 * level)
    }

    /// The tiles of one level of a tree of `size` leaves: the full ones, then the partial one's width (0 if none).
    static func tiles(level: Int, size: Int) -> (full: Int, partialWidth: Int) {
        let count = hashCount(level: level, size: size)
        return (count / width, count % width)
    }

    /// The tile levels a tree of `size` leaves has (at least level 0).
    static func levels(size: Int) -> Int {
        var level = 1
        while hashCount(level: level, size: size) > 0 { level += 1 }
        return level
    }

    /// `x001/x234/067`, and `.p/<W>` for a partial tile.
    static func encode(_ index: Int, width: Int) -> String {
        var groups = [String(format: "%03d", index % 1000)]
        var rest = index / 1000
        while rest > 0 {
            groups.insert("x" + String(format: "%03d", rest % 1000), at: 0)
            rest /= 1000
        }
        return groups.joined(separator: "/") + (width == Self.width ? "" : ".p/\(width)")
    }
}

extension TilePath {
    /// Where a witness publishes its cosigned checkpoint of a log, relative to its publication prefix:
    /// `<origin>/checkpoint` (for a logbook `logboek.invalid/<16 hex>/checkpoint`).
    /// - Parameter origin: The log's origin.
    /// - Returns: The path, or `nil` for an origin that is not a safe relative path (each part letters,
    ///   digits, `.`, `_` or `-`, and not `.` or `..`).
    public static func cosigned(origin: String) -> String? {
        let parts = origin.split(separator: "/", omittingEmptySubsequences: false)
        let safe = parts.allSatisfy { part in
            !part.isEmpty && part != "." && part != ".."
                && part.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
        }
        return safe ? origin + "/checkpoint" : nil
    }
}
