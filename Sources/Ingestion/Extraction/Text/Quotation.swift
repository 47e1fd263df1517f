/// A stretch of text between quotation marks, possibly over several paragraphs.
struct Quotation: Sendable {
    /// The token index of the opening mark.
    var open: Int
    /// The token index of the closing mark, or of the last token when the mark is missing.
    var close: Int
    /// Whether a closing mark was found.
    var isClosed: Bool
    var firstParagraph: Int
    var lastParagraph: Int
    /// The number of word tokens inside.
    var wordCount: Int
}
