/// Finds reporting cues ("said", "according to", "has expressed grave concerns about").
///
/// Cues come from `cues.txt`; phrases in `cue-exclusions.txt` ("adds to", "per cent") stop a
/// match. An auxiliary right before the cue ("has", "had") joins it, as written.
struct CueMatcher: Sendable {
    let vocabulary: ExtractionVocabulary
    let nounMarkers: Set<String> = [
        "the", "a", "an", "their", "his", "her", "its", "our", "my", "your", "this", "these", "those",
        "every", "each", "no", "any", "such", "swing", "first", "new", "latest", "recent", "news", "'s", "’s",
    ]

    /// The cue starting at token `index`, if any; never inside a quotation.
    func match(at index: Int, in tokens: [Token], limit: Int) -> CueMatch? {
        let token = tokens[index]
        guard token.kind == .word, let entries = vocabulary.cues[token.lower] else { return nil }
        if index + 1 < limit, tokens[index + 1].kind == .word,
            vocabulary.cueExclusions.contains(token.lower + " " + tokens[index + 1].lower)
        {
            return nil
        }
        // After a determiner or possessive the word is a noun: "the show", "their claims".
        if index > 0, tokens[index - 1].kind == .word, nounMarkers.contains(tokens[index - 1].lower) {
            return nil
        }
        for entry in entries {
            guard let end = matchWords(entry.words, at: index, in: tokens, limit: limit) else { continue }
            // A capitalised verb cue mid-sentence is a name ("Rick Said"), not a cue.
            if token.isCapitalized && index > 0 && tokens[index - 1].kind == .word
                && tokens[index - 1].isCapitalized && !entry.isPreposition
            {
                return nil
            }
            var start = index
            while start > 0, tokens[start - 1].kind == .word,
                ["has", "have", "had"].contains(tokens[start - 1].lower)
            {
                start -= 1
            }
            return CueMatch(tokens: start..<end, headStart: index, entry: entry)
        }
        return nil
    }

    /// Matches `words` at `index`; returns one past the last token matched.
    private func matchWords(_ words: [String], at index: Int, in tokens: [Token], limit: Int) -> Int? {
        var position = index
        var word = 0
        while word < words.count {
            guard position < limit, tokens[position].kind == .word else {
                return nil
            }
            if words[word] == "?" {
                // Optional: skip one word only when the next pattern word does not match here.
                if word + 1 < words.count, tokens[position].lower == words[word + 1] {
                    word += 1
                    continue
                }
                position += 1
                word += 1
                continue
            }
            guard tokens[position].lower == words[word] else { return nil }
            position += 1
            word += 1
        }
        return position
    }
}
