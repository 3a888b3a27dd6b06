/// The four members of an event line, cut out of its canonical bytes where they stand.
///
/// In a canonical line the members come in sorted order, `{"hash":"…","header":{…},"payload":{…},"sig":"…"}`,
/// and the bytes of each member's value are that value's canonical encoding, so the header and payload can
/// be hashed without being encoded again, and the payload need not be parsed at all to verify the line.
struct EnvelopeParts {
    /// The header object's bytes.
    let header: ArraySlice<UInt8>
    /// The payload object's bytes.
    let payload: ArraySlice<UInt8>
    /// The digits of the `hash` string, without quotes.
    let hash: ArraySlice<UInt8>
    /// The text of the `sig` string, without quotes.
    let signature: ArraySlice<UInt8>

    /// The member names of an event line, in their canonical order.
    private static let keys = ["hash", "header", "payload", "sig"].map { Array($0.utf8) }

    /// Cuts the members out of a line already known to be canonical JSON, in one scan; `nil` unless the
    /// line is an object with exactly the members `hash` and `sig` (strings) and `header` and `payload` (objects).
    init?(of line: ArraySlice<UInt8>) {
        var scanner = CanonicalMemberScanner(bytes: line, objectAt: line.startIndex)
        var values = [Range<Int>]()
        while let member = scanner.next() {
            guard values.count < Self.keys.count, line[member.key].elementsEqual(Self.keys[values.count]) else { return nil }
            values.append(member.value)
        }
        guard values.count == Self.keys.count, values[3].upperBound == line.endIndex - 1,
              line[values[1].lowerBound] == UInt8(ascii: "{"), line[values[2].lowerBound] == UInt8(ascii: "{"),
              let hashDigits = Self.plainContent(line[values[0]]), let signatureText = Self.plainContent(line[values[3]])
        else { return nil }
        header = line[values[1]]
        payload = line[values[2]]
        hash = hashDigits
        signature = signatureText
    }

    /// The content of a string value that needs no escapes (hex and base64 never do), else `nil`.
    private static func plainContent(_ value: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard value.count >= 2, value.first == UInt8(ascii: "\""), value.last == UInt8(ascii: "\"") else { return nil }
        let content = value.dropFirst().dropLast()
        return content.contains(UInt8(ascii: "\\")) ? nil : content
    }
}
