import ClaimsModel

/// Finds the people, organisations and outlets an article names, whether or not they speak.
///
/// A run of capitalised words is a person when a title stands before the name ("Serbia's
/// Defense Minister Nebojša Stefanović"), an organisation when it holds an organisation word,
/// an outlet when it is a known outlet; a plain two- or three-word name is kept as a person
/// when it is not at the start of a sentence, or when it is but its first word is never written
/// in lower case in the article and does not open sentences ("Maya Okafor", not "Many Democrats").
/// Headings are skipped: their capitals say nothing about names.
struct MentionFinder: Sendable {
    let vocabulary: ExtractionVocabulary
    let classifier: ActorClassifier

    /// The mentions of the article, in order.
    func mentions(
        _ tokens: [Token], paragraphs: [Paragraph], text: (Range<Int>) -> String, articleOutlet: String?
    )
        -> [(name: String, kind: ActorKind, tokens: Range<Int>)]
    {
        var result: [(String, ActorKind, Range<Int>)] = []
        var lowerCaseWords: Set<String> = []
        for token in tokens where token.kind == .word && !token.isCapitalized {
            lowerCaseWords.insert(token.lower)
        }
        for paragraph in paragraphs where !paragraph.isHeading {
            var index = paragraph.tokens.lowerBound
            while index < paragraph.tokens.upperBound {
                guard tokens[index].kind == .word, tokens[index].isCapitalized else {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < paragraph.tokens.upperBound, tokens[end].kind == .word,
                    tokens[end].isCapitalized
                        || (tokens[end].lower == "of" && end + 1 < paragraph.tokens.upperBound
                            && tokens[end + 1].isCapitalized)
                {
                    end += 1
                }
                let run = index..<end
                index = end
                var nameStart = run.lowerBound
                var titled = false
                for position in run
                where position < run.upperBound - 1 && vocabulary.titles.contains(tokens[position].lower) {
                    nameStart = position + 1
                    titled = true
                }
                while nameStart < run.upperBound - 1, vocabulary.opensClause(tokens[nameStart].lower) {
                    nameStart += 1
                }
                // "The Agriculture Department": before an organisation's name the article is
                // not part of it; before a bare name it may be ("The Shoreline", "The Geopost").
                if tokens[nameStart].text == "The", nameStart + 1 < run.upperBound,
                    vocabulary.organizationWords.contains(tokens[run.upperBound - 1].text),
                    vocabulary.outlets[text(nameStart..<run.upperBound).lowercased()] == nil
                {
                    nameStart += 1
                }
                let nameRange = nameStart..<run.upperBound
                let name = text(nameRange)
                let lower = name.lowercased()
                let atSentenceStart =
                    run.lowerBound == paragraph.tokens.lowerBound
                    || [".", "!", "?"].contains(tokens[run.lowerBound - 1].text)
                    || tokens[run.lowerBound - 1].kind == .quote
                if vocabulary.outlets[lower] != nil || lower == articleOutlet {
                    result.append((vocabulary.outlets[lower] ?? name, .outlet, nameRange))
                } else if nameRange.contains(where: { vocabulary.organizationWords.contains(tokens[$0].text) }
                ) {
                    if nameRange.count >= 2 { result.append((name, .organization, nameRange)) }
                } else if vocabulary.places.contains(lower) {
                    // "Saudi Arabia" is a place, not a person nor, merely mentioned, a speaker.
                } else if titled
                    // A person's name never takes the article ("The Shoreline" is a title).
                    || (nameRange.count >= 2 && nameRange.count <= 3
                        && tokens[nameRange.lowerBound].text != "The"
                        && (!atSentenceStart
                            || (!lowerCaseWords.contains(tokens[nameRange.lowerBound].lower)
                                && !vocabulary.sentenceOpeners.contains(tokens[nameRange.lowerBound].lower))))
                {
                    // No month, weekday or function word ("Response To Trump" is a headline), and
                    // no pronoun ("Suddenly I had an epiphany": "I" is never a name's part).
                    let plain = nameRange.allSatisfy {
                        vocabulary.months[tokens[$0].lower] == nil
                            && vocabulary.weekdays[tokens[$0].lower] == nil
                            && tokens[$0].lower != "of" && !vocabulary.opensClause(tokens[$0].lower)
                            && vocabulary.pronouns[tokens[$0].lower] == nil
                    }
                    if plain && (nameRange.count >= 2 || titled) { result.append((name, .person, nameRange)) }
                }
            }
        }
        return result
    }
}
