/// A run of tokens between line breaks, and whether it reads as a heading.
struct Paragraph: Sendable {
    /// Token indices, line breaks excluded.
    var tokens: Range<Int>
    /// A paragraph without final punctuation is a heading or a caption, never a claim.
    var isHeading: Bool
}
