/// Text inside a `<style>` element: constants written in `Documents`, and CSS string literals built by
/// ``quoted(_:)``, which escapes every character but letters, digits, space, `.`, `-` and `·` as a CSS hex
/// escape, so no value can end the string, the rule or the element.
public struct CSSText: Sendable {
    /// The CSS.
    let css: String

    /// Constant CSS written in `Documents`.
    init(_ constant: StaticString) {
        css = constant.description
    }

    private init(css: String) {
        self.css = css
    }

    /// Pieces joined.
    static func + (lhs: CSSText, rhs: CSSText) -> CSSText { CSSText(css: lhs.css + rhs.css) }

    /// A CSS string literal holding any text.
    /// - Parameter text: The text.
    /// - Returns: `"…"` with every other character hex-escaped.
    static func quoted(_ text: String) -> CSSText {
        var output = "\""
        for scalar in text.unicodeScalars {
            let safe = (scalar.properties.isAlphabetic && scalar.isASCII) || ("0"..."9").contains(scalar) || " .-·".unicodeScalars.contains(scalar)
            output += safe ? String(scalar) : "\\" + String(scalar.value, radix: 16) + " "
        }
        return CSSText(css: output + "\"")
    }
}
