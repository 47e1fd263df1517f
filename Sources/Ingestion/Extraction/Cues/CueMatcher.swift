/// Finds reporting cues ("said", "according to", "has expressed grave concerns about").
///
/// Cues come from `cues.txt`; phrases of up to four words in `cue-exclusions.txt` ("adds to",
/// "per cent", "called a vote") stop a match. An auxiliary right before the cue ("has", "had")
/// joins it, as written.
struct CueMatcher: Sendable {
    let vocabulary: ExtractionVocabulary
    let nounMarkers: Set<String> = [
        "the", "a", "an", "their", "his", "her", "its", "our", "my", "your", "this", "these", "those",
        "every", "each", "no", "any", "such", "swing", "first", "new", "latest", "recent", "news", "'s", "’s",
    ]

    /// Forms of "be" that make a participle cue finite ("is saying", "’s claiming").
    let progressiveAuxiliaries: Set<String> = [
        "is", "are", "was", "were", "'s", "’s", "isn't", "isn’t", "wasn't", "wasn’t", "aren't", "aren’t",
        "weren't", "weren’t", "been", "be",
    ]

    /// "a group called Tide Watch", "a book titled ...": a participle that names what the phrase
    /// before it opened with "a" or "an" introduces, not a cue.
    private func isNaming(_ index: Int, in tokens: [Token]) -> Bool {
        guard ["called", "dubbed", "titled", "named", "labeled"].contains(tokens[index].lower) else {
            return false
        }
        var probe = index - 1
        while probe >= 0, index - probe <= 4, tokens[probe].kind == .word {
            let word = tokens[probe].lower
            if word == "a" || word == "an" { return true }
            if word == "the" || vocabulary.pronouns[word] != nil { return false }
            probe -= 1
        }
        return false
    }

    /// The cue starting at token `index`, if any; never inside a quotation.
    func match(at index: Int, in tokens: [Token], limit: Int) -> CueMatch? {
        let token = tokens[index]
        guard token.kind == .word, let entries = vocabulary.cues[token.lower] else { return nil }
        // An excluded phrase of two to four words starting here ("adds to", "called a vote").
        var phrase = token.lower
        var next = index + 1
        while next < min(limit, index + 4), tokens[next].kind == .word {
            phrase += " " + tokens[next].lower
            if vocabulary.cueExclusions.contains(phrase) { return nil }
            next += 1
        }
        // After a determiner or possessive the word is a noun: "the show", "their claims".
        if index > 0, tokens[index - 1].kind == .word, nounMarkers.contains(tokens[index - 1].lower),
            !isContractedProgressive(index, in: tokens)
        {
            return nil
        }
        if isNaming(index, in: tokens) { return nil }
        // "wrested back control", "going back to": after a verb, "back" is its particle, not
        // the verb that backs a candidate.
        if token.lower == "back", index > 0, tokens[index - 1].kind == .word,
            !tokens[index - 1].isCapitalized,
            tokens[index - 1].lower.hasSuffix("ed") || tokens[index - 1].lower.hasSuffix("ing")
        {
            return nil
        }
        for entry in entries {
            guard let end = matchWords(entry.words, at: index, in: tokens, limit: limit) else { continue }
            // A capitalised verb cue mid-sentence is a name ("Rick Said"), not a cue, unless it is
            // a present-tense form in a title-case headline ("Lee Says Fees Will Rise").
            if token.isCapitalized && index > 0 && tokens[index - 1].kind == .word
                && tokens[index - 1].isCapitalized && !entry.isPreposition
                && !(token.lower.hasSuffix("s") && end < limit && tokens[end].isCapitalized)
            {
                return nil
            }
            var start = index
            while start > 0, tokens[start - 1].kind == .word,
                ["has", "have", "had"].contains(tokens[start - 1].lower)
            {
                start -= 1
            }
            // "Lee is telling voters that ...", "He's claiming that ...": a participle after a
            // form of "be" is a finite cue, the auxiliary joining it as written.
            if entry.isParticiple, start == index, index > 0, tokens[index - 1].kind == .word,
                progressiveAuxiliaries.contains(tokens[index - 1].lower)
            {
                var finite = entry
                finite.isParticiple = false
                return CueMatch(tokens: (index - 1)..<end, headStart: index, entry: finite)
            }
            return CueMatch(tokens: start..<end, headStart: index, entry: entry)
        }
        return nil
    }

    /// Whether the "'s" before an -ing word at `index` is "is" after a pronoun ("he's claiming").
    private func isContractedProgressive(_ index: Int, in tokens: [Token]) -> Bool {
        guard index > 1, tokens[index].lower.hasSuffix("ing") else { return false }
        let mark = tokens[index - 1].lower
        guard mark == "'s" || mark == "’s" else { return false }
        return ["he", "she", "it", "who", "that", "there"].contains(tokens[index - 2].lower)
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
