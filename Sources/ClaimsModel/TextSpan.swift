/// A half-open range of Unicode code points in an article body: `start..<end`.
///
/// Offsets count `String.unicodeScalars` from the start of the stored body, end exclusive, so a
/// Python `text[start:end]` slice of the same body gives the same text.
public struct TextSpan: Sendable, Hashable, Codable, Comparable {
    /// The first code point of the span.
    public var start: Int
    /// One past the last code point of the span.
    public var end: Int

    /// Creates a span; `end` must not be before `start`.
    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "a span cannot end before it starts")
        self.start = start
        self.end = end
    }

    /// The number of code points the span covers.
    public var length: Int { end - start }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    /// Encodes as the two-element array `[start, end]` of the command-line contract.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(start)
        try container.encode(end)
    }

    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        let start = try container.decode(Int.self)
        let end = try container.decode(Int.self)
        self.init(start, end)
    }
}

extension String {
    /// The text of `span`, counted in code points of this string.
    ///
    /// - Complexity: O(`span.end`).
    public func slice(_ span: TextSpan) -> String {
        let scalars = unicodeScalars
        guard let from = scalars.index(scalars.startIndex, offsetBy: span.start, limitedBy: scalars.endIndex),
            let to = scalars.index(from, offsetBy: span.length, limitedBy: scalars.endIndex)
        else { return "" }
        return String(scalars[from..<to])
    }
}
