import ClaimsModel

/// An article body as code points, for checking and slicing claim spans.
///
/// - Complexity: O(n) to build; O(span length) per slice.
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
}
