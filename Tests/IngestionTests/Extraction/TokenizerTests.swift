import Testing

@testable import Ingestion

@Suite("Tokenizer and sentence splitter")
struct TokenizerTests {
    let tokenizer = ClaimExtractor().tokenizer

    @Test("abbreviations and initials keep their period; offsets count code points")
    func abbreviations() {
        let body = "Brig. Gen. Ana Ruiz met J. Smith in the U.S. on Sept. 11 at Café Núñez."
        let tokens = tokenizer.tokens(of: body)
        let words = tokens.map(\.text)
        #expect(words.contains("Brig."))
        #expect(words.contains("Gen."))
        #expect(words.contains("J."))
        #expect(words.contains("U.S."))
        #expect(words.contains("Sept."))
        let cafe = tokens.first { $0.text == "Núñez" }
        #expect(cafe.map { body.slice(.init($0.start, $0.end)) } == "Núñez")
    }

    @Test("a possessive is its own token; hyphens and digits stay in words")
    func words() {
        let words = ClaimExtractor().tokenizer.tokens(of: "Kosovo's Shahed-136 drones cost $20,000.").map(
            \.text)
        #expect(words == ["Kosovo", "'s", "Shahed-136", "drones", "cost", "$", "20,000", "."])
    }

    @Test("a site's name with its domain is one word; a sentence's stop before a capital is not")
    func siteNames() {
        let words = tokenizer.tokens(of: "TideBroker.com said so. Prices rose.Then Harbor.co.uk fell.").map(
            \.text)
        #expect(
            words == [
                "TideBroker.com", "said", "so", ".", "Prices", "rose", ".", "Then", "Harbor.co.uk", "fell",
                ".",
            ])
        let claim = onlyClaim("Prices at TideBroker.com rose. Later TideBroker.com said the fees would fall.")
        #expect(claim?.actor == "TideBroker.com")
    }

    @Test("sentences end at stops but not after abbreviations or inside quotes")
    func sentences() {
        let body = "Gen. Ruiz arrived. “Stay. Wait here,” she said. The U.S. team left."
        let tokens = tokenizer.tokens(of: body)
        let splitter = SentenceSplitter()
        let paragraphs = splitter.paragraphs(tokens)
        let (_, owner) = QuoteScanner().scan(tokens, paragraphs: paragraphs)
        let sentences = splitter.sentences(tokens, in: paragraphs[0].tokens, owner: owner)
        let texts = sentences.map { range in
            body.slice(.init(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end))
        }
        #expect(texts == ["Gen. Ruiz arrived.", "“Stay. Wait here,” she said.", "The U.S. team left."])
    }

    @Test("a paragraph without final punctuation is a heading")
    func headings() {
        let tokens = tokenizer.tokens(of: "Expansionist ambitions\n\nThe ferry sailed.")
        let paragraphs = SentenceSplitter().paragraphs(tokens)
        #expect(paragraphs.map(\.isHeading) == [true, false])
    }
}
