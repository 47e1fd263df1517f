import ClaimsModel

/// Finds attributions in an article's tokens: direct quotes with their speakers, indirect
/// speech, "according to" phrases, colon introductions and quote paragraphs with no cue.
///
/// It works sentence by sentence (sentences never break inside a quotation), and each
/// sentence gives at most one claim per cue.
struct AttributionFinder {
    let tokens: [Token]
    let paragraphs: [Paragraph]
    let quotations: [Quotation]
    let owner: [Int32]
    let vocabulary: ExtractionVocabulary
    let cues: CueMatcher
    let speakers: SpeakerFinder
    let splitter = SentenceSplitter()

    var found: [Attribution] = []
    /// Token index before which everything is already part of a claim.
    var consumedUntil = 0

    init(
        tokens: [Token], paragraphs: [Paragraph], quotations: [Quotation], owner: [Int32],
        vocabulary: ExtractionVocabulary
    ) {
        self.tokens = tokens
        self.paragraphs = paragraphs
        self.quotations = quotations
        self.owner = owner
        self.vocabulary = vocabulary
        cues = CueMatcher(vocabulary: vocabulary)
        speakers = SpeakerFinder(vocabulary: vocabulary)
    }

    /// Runs over the whole article; the attributions are in `found`, in text order.
    mutating func run() {
        for (number, paragraph) in paragraphs.enumerated() {
            if paragraph.isHeading { continue }
            if paragraph.tokens.lowerBound >= consumedUntil, labelled(paragraph, number: number) { continue }
            let sentences = splitter.sentences(tokens, in: paragraph.tokens, owner: owner)
            var index = 0
            while index < sentences.count {
                let sentence = sentences[index]
                index += 1
                if sentence.upperBound <= consumedUntil { continue }
                let lower = max(sentence.lowerBound, consumedUntil)
                // "(“...,” said one worker.)": a bracketed sentence opening with a quotation.
                let opening = tokens[lower].text == "(" && lower + 1 < sentence.upperBound ? lower + 1 : lower
                if isQuotationStart(opening) {
                    if quoteFirst(
                        opening..<sentence.upperBound, paragraph: number, sentences: sentences, next: &index)
                    {
                        continue
                    }
                }
                let before = found.count
                indirect(lower..<sentence.upperBound, paragraph: number)
                if found.count == before + 1, let cue = found[before].cue, found[before].speaker != nil,
                    cue.lowerBound > found[before].content.lowerBound
                {
                    extendOverQuotes(before, sentences: sentences, next: &index)
                }
                reportingNouns(lower..<sentence.upperBound, paragraph: number)
            }
        }
    }

    // MARK: - Shared by the strategies

    /// Whether the token at `index` is the opening mark of a quotation.
    func isQuotationStart(_ index: Int) -> Bool {
        tokens[index].kind == .quote && owner[index] >= 0 && quotations[Int(owner[index])].open == index
    }

    /// The number of the paragraph that holds `token` (a binary search over the paragraphs).
    func paragraphOf(_ token: Int) -> Int {
        var low = 0
        var high = paragraphs.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if paragraphs[middle].tokens.lowerBound <= token { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// Direct when the content is one quotation, mixed when it holds one, indirect otherwise.
    func kindOf(_ content: Range<Int>) -> ClaimKind {
        guard !content.isEmpty else { return .indirect }
        if isQuotationStart(content.lowerBound) {
            let quote = quotations[Int(owner[content.lowerBound])]
            if quote.close + 1 >= content.upperBound { return .direct }
        }
        for index in content where owner[index] >= 0 && tokens[index].kind == .quote {
            let quote = quotations[Int(owner[index])]
            if quote.wordCount >= 1 { return .mixed }
        }
        return .indirect
    }
}
