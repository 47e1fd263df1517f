import ClaimsModel

// Claims with no speech cue: poll findings and reporting nouns ("his suggestion that C").
extension AttributionFinder {
    /// "In a CBS News poll last month, Lee led by six points." / "Lee led by six points in the
    /// latest polls.": a sentence with no cue that a poll or survey frames; the document is the
    /// source and the rest of the sentence what it found.
    func framedFinding(_ sentence: Range<Int>, paragraph: Int) -> Attribution? {
        let end = contentEnd(sentence)
        let open = subjectStart(sentence, limit: end)
        func isFinding(_ range: Range<Int>) -> Bool {
            range.contains { tokens[$0].kind == .word && vocabulary.findingNouns.contains(tokens[$0].lower) }
        }
        // Opening: "In <phrase with a finding noun>, C."
        var index = sentence.lowerBound
        while index < end, tokens[index].kind != .word { index += 1 }
        if index < end, tokens[index].lower == "in",
            let comma = (index + 1..<min(end, index + 16)).first(where: {
                tokens[$0].text == "," && owner[$0] < 0
            }),
            comma > index + 1, isFinding(index + 1..<comma), end - comma >= 4
        {
            return Attribution(
                speaker: SpeakerPhrase(tokens: index + 1..<comma), cue: index..<index + 1,
                content: comma + 1..<end, kind: kindOf(comma + 1..<end), claimClass: .finding,
                paragraph: paragraph)
        }
        // Closing: "C in <phrase with a finding noun>."
        guard open + 3 < end,
            let last = (open + 3..<end).last(where: { tokens[$0].lower == "in" && owner[$0] < 0 }),
            end - last >= 2, end - last <= 8, isFinding(last + 1..<end),
            !(last + 1..<end).contains(where: { tokens[$0].kind != .word && tokens[$0].kind != .number })
        else { return nil }
        return Attribution(
            speaker: SpeakerPhrase(tokens: last + 1..<end), cue: last..<last + 1,
            content: open..<last, kind: kindOf(open..<last), claimClass: .finding, paragraph: paragraph)
    }

    /// What may stand before a reporting noun: a possessive or an article.
    static let nounDeterminers: Set<String> = [
        "his", "her", "their", "its", "the", "a", "an", "'s", "’s",
    ]

    /// "his suggestion that C", "Lee's warning on Monday that C", "complaints that C": a reporting
    /// noun with a that-clause, whose speaker is the possessive before it, if any.
    mutating func reportingNouns(_ sentence: Range<Int>, paragraph: Int) {
        let end = contentEnd(sentence)
        var index = sentence.lowerBound
        while index + 3 < end {
            defer { index += 1 }
            guard owner[index] < 0, tokens[index].kind == .word,
                vocabulary.reportingNouns.contains(tokens[index].lower), index > sentence.lowerBound
            else { continue }
            // "that" right after the noun or after a short adjunct ("on Wednesday").
            var that = index + 1
            while that < min(end, index + 5), tokens[that].kind == .word || tokens[that].kind == .number,
                tokens[that].lower != "that"
            {
                that += 1
            }
            guard that + 2 < end, tokens[that].lower == "that" else { continue }
            if that > index + 1,
                !["on", "in", "at", "last", "this", "during", "before", "after"].contains(
                    tokens[index + 1].lower)
            {
                continue
            }
            // The possessive or determiner before the noun, over up to two modifiers ("his
            // repeated claim", "numerous complaints").
            let determiners = Self.nounDeterminers
            var probe = index - 1
            while probe > sentence.lowerBound, index - probe <= 2, tokens[probe].kind == .word,
                !tokens[probe].isCapitalized, !determiners.contains(tokens[probe].lower)
            {
                probe -= 1
            }
            var speaker: SpeakerPhrase?
            let word = tokens[probe].lower
            if ["his", "her", "their", "its"].contains(word) {
                speaker = SpeakerPhrase(tokens: probe..<probe + 1)
            } else if word == "'s" || word == "’s" {
                var first = probe
                while first > sentence.lowerBound, tokens[first - 1].kind == .word,
                    tokens[first - 1].isCapitalized
                {
                    first -= 1
                }
                guard first < probe else { continue }
                speaker = SpeakerPhrase(tokens: first..<probe)
            } else if !determiners.contains(word),
                !["numerous", "many", "growing", "widespread"].contains(tokens[index - 1].lower)
            {
                continue
            }
            let stop = clauseEnd(from: that, end: end)
            guard stop - that >= 3, !found.contains(where: { $0.content.lowerBound == that }) else {
                continue
            }
            var attribution = Attribution(
                speaker: speaker, cue: index..<index + 1, content: that..<stop, kind: kindOf(that..<stop),
                paragraph: paragraph)
            attribution.isNested = true
            found.append(attribution)
        }
    }
}
