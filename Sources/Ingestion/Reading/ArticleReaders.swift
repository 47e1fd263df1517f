/// One reader per format, built once from a lexicon and shared by every file read.
public struct ArticleReaders: Sendable {
    public let text: TextReader
    public let html: HTMLReader
    public let json: JSONRecordReader

    /// Readers using the word lists of `lexicon`.
    public init(lexicon: Lexicon = .standard) {
        text = TextReader(lexicon: lexicon)
        html = HTMLReader(lexicon: lexicon)
        json = JSONRecordReader()
    }
}
