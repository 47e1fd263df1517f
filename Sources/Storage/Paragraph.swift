import ClaimsModel

/// Finds the paragraph of a body around a span: the text between the blank lines (or, in a
/// body without blank lines, the line breaks) before and after it.
enum Paragraph {
    /// The code-point span of the paragraph that holds `span`.
    ///
    /// - Complexity: O(n) in the body's length.
    static func span(around span: TextSpan, in body: String) -> TextSpan {
        let scalars = Array(body.unicodeScalars)
        let start = min(span.start, scalars.count)
        let end = min(max(span.end, start), scalars.count)
        let hasBlankLines = body.contains("\n\n")
        func isBreak(_ index: Int) -> Bool {
            guard scalars[index] == "\n" else { return false }
            if !hasBlankLines { return true }
            return (index > 0 && scalars[index - 1] == "\n")
                || (index + 1 < scalars.count && scalars[index + 1] == "\n")
        }
        var from = start
        while from > 0 && !isBreak(from - 1) { from -= 1 }
        var to = end
        while to < scalars.count && !isBreak(to) { to += 1 }
        return TextSpan(from, to)
    }
}
