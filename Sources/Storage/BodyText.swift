import ClaimsModel

/// An article body as code points, for checking and slicing claim spans.
///
/// - Complexity: O(n) to build; O(span length) per slice or comparison.
struct BodyText {
    private let scalars: [Unicode.Scalar]

    init(_ body: String) {
        scalars = Array(body.unicodeScalars)
    }

    /// The number of code points.
    var count: Int { scalars.count }

    /// The text of `span`; the span must lie inside the body.
    func slice(_ span: TextSpan) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return String(view)
    }

    /// Whether `text` is exactly the code points of `span` (which must lie inside the body),
    /// compared without building a string.
    func spells(_ text: String, at span: TextSpan) -> Bool {
        var index = span.start
        for scalar in text.unicodeScalars {
            guard index < span.end, scalars[index] == scalar else { return false }
            index += 1
        }
        return index == span.end
    }
}
