/// The first stages of the pipeline on their own, so benchmarks can time each hot part.
extension ClaimExtractor {
    /// Tokenizes `body`; returns the number of tokens.
    @_spi(Benchmarks)
    public func tokenCount(of body: String) -> Int {
        tokenizer.tokens(of: body).count
    }

    /// Tokenizes `body` and splits it into paragraphs, quotations and sentences; returns the
    /// number of sentences.
    @_spi(Benchmarks)
    public func sentenceCount(of body: String) -> Int {
        let tokens = tokenizer.tokens(of: body)
        let splitter = SentenceSplitter()
        let paragraphs = splitter.paragraphs(tokens)
        let (_, owner) = QuoteScanner().scan(tokens, paragraphs: paragraphs)
        return paragraphs.reduce(0) { count, paragraph in
            count + splitter.sentences(tokens, in: paragraph.tokens, owner: owner).count
        }
    }
}
