/// One run of text between block boundaries, owned by its innermost block element.
struct TextBlock {
    var text: String
    var element: Int32
    /// Length in code points.
    var length: Int
    var linkLength: Int
    var commas: Int
    /// Inside one of several `<article>` elements within another: a teaser of a related story.
    var isInNestedArticle = false
}
