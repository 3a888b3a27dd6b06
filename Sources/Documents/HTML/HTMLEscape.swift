/// Escaping for HTML text and attribute values: `&`, `<`, `>`, `"` and `'` become character references,
/// so no payload text can open a tag, close one, or leave an attribute value. Everything else (emoji,
/// right-to-left text) passes through as UTF-8.
public enum HTMLEscape {
    /// The text with the five special characters escaped.
    /// - Parameter text: Any text.
    /// - Returns: Text safe inside an element or a quoted attribute value.
    public static func text(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
