import ClaimsModel

// Where subjects, clauses, noun phrases and adjuncts start and end inside a sentence.
extension AttributionFinder {
    /// Where a sentence's subject starts: after an opening conjunction ("But", "However") and an
    /// introductory phrase closed by a comma ("On Thursday, ...", "In a speech in Ohio, ...").
    func subjectStart(_ sentence: Range<Int>, limit: Int) -> Int {
        var start = sentence.lowerBound
        while start < limit, tokens[start].kind == .punctuation || tokens[start].kind == .quote { start += 1 }
        while start < limit, vocabulary.sentenceOpeners.contains(tokens[start].lower) {
            start += 1
            if start < limit, tokens[start].text == "," { start += 1 }
        }
        guard start < limit, vocabulary.introductoryWords.contains(tokens[start].lower) else { return start }
        var probe = start + 1
        while probe < limit, probe - start <= 25 {
            if owner[probe] < 0, tokens[probe].text == "," {
                return probe + 1 < limit ? probe + 1 : start
            }
            if owner[probe] < 0, tokens[probe].kind == .punctuation, [";", ":"].contains(tokens[probe].text) {
                break
            }
            probe += 1
        }
        return start
    }

    /// Where indirect content ends: the sentence's end, or a comma before ", adding that ...",
    /// ", but ...", ", while ..." or ", and he ...", which start clauses of their own.
    func clauseEnd(from start: Int, end: Int) -> Int {
        var index = start + 1
        while index + 1 < end {
            // "... and said ...": a second cue of the same subject starts its own claim.
            if ["and", "but"].contains(tokens[index].lower), owner[index] < 0 {
                var probe = index + 1
                while probe < end, vocabulary.cueModifiers.contains(tokens[probe].lower) { probe += 1 }
                if probe < end, let cue = cues.match(at: probe, in: tokens, limit: end), !cue.entry.isBare,
                    !cue.entry.isPreposition
                {
                    return tokens[index - 1].text == "," ? index - 1 : index
                }
            }
            if tokens[index].kind == .quote, owner[index] >= 0, quotations[Int(owner[index])].close == index,
                tokens[index - 1].text == ",", let cue = cues.match(at: index + 1, in: tokens, limit: end),
                cue.entry.isParticiple
            {
                return index + 1
            }
            if tokens[index].text == ";", owner[index] < 0, index - start >= 3 { return index }
            if tokens[index].text == ",", owner[index] < 0 {
                let next = tokens[index + 1]
                if let cue = cues.match(at: index + 1, in: tokens, limit: end), cue.entry.isParticiple {
                    return index
                }
                if vocabulary.clauseOpeners.contains(next.lower), index - start >= 3 { return index }
                // "A said X, B said Y": a new subject and cue after the comma start their own claim.
                if startsClaim(at: index + 1, end: end) { return index }
                if ["and", "but"].contains(next.lower), index + 2 < end, startsClaim(at: index + 2, end: end)
                {
                    return index
                }
                if next.lower == "and", index + 2 < end, vocabulary.pronouns[tokens[index + 2].lower] != nil,
                    tokens[index + 2].lower != "who"
                {
                    return index
                }
            }
            index += 1
        }
        return end
    }

    /// Where the noun phrase after a cue like "praised" ends: at a comma, a dash or a semicolon
    /// outside quotations, or before an adjunct ("on Sunday", "in an interview", "after ...").
    /// Content that opens with "that" or a quotation is a clause and keeps its end.
    func nounPhraseEnd(from start: Int, end: Int) -> Int {
        guard start < end, tokens[start].lower != "that", tokens[start].kind != .quote else { return end }
        var index = start + 1
        while index < end {
            let token = tokens[index]
            if owner[index] < 0 {
                if token.kind == .punctuation, [",", ";", "—", "–", "--", "-", ":"].contains(token.text) {
                    return index
                }
                if token.kind == .word, vocabulary.adjunctOpeners.contains(token.lower) { return index }
                // "backed Lee while most others ...": a clause of its own follows the phrase.
                if token.kind == .word, vocabulary.subordinators.contains(token.lower) { return index }
                // "on Monday", "on March 3": a time, not part of the phrase ("the tax on fuel").
                if token.lower == "on", index + 1 < end,
                    vocabulary.weekdays[tokens[index + 1].lower] != nil
                        || vocabulary.months[tokens[index + 1].lower] != nil
                {
                    return index
                }
            }
            index += 1
        }
        return end
    }

    /// Whether a subject and a speech cue open the words at `start` ("39 have said ...").
    func startsClaim(at start: Int, end: Int) -> Bool {
        var probe = start + 1
        while probe < end, probe - start <= 6 {
            let token = tokens[probe]
            guard owner[probe] < 0, token.kind == .word || token.kind == .number else { return false }
            if let cue = cues.match(at: probe, in: tokens, limit: end), !cue.entry.isBare,
                !cue.entry.isPreposition, !cue.entry.isParticiple
            {
                guard
                    let subject = speakers.subject(
                        before: cue.tokens.lowerBound, limit: start, tokens: tokens, owner: owner)
                else { return false }
                return subject.tokens.lowerBound == start && subject.appositive == nil
            }
            probe += 1
        }
        return false
    }

    /// Where a ", who ..." clause starts after `start`, or `end`.
    func relativeStart(_ start: Int, end: Int) -> Int {
        var index = start + 1
        while index < end {
            if tokens[index].lower == "who", tokens[index - 1].text == ",", owner[index] < 0 { return index }
            index += 1
        }
        return end
    }

    /// Skips what may stand between a cue and its content: times ("on Tuesday", "last week"),
    /// settings ("in a statement", "in an interview with CNN", "at a rally in Iowa").
    func afterAdjuncts(_ start: Int, limit: Int) -> Int {
        var index = start
        var progressed = true
        while progressed, index < limit {
            progressed = false
            let token = tokens[index]
            let lower = token.lower
            if token.kind == .word, owner[index] < 0 {
                if vocabulary.weekdays[lower] != nil
                    || [
                        "yesterday", "today", "tonight", "earlier", "later",
                        "recently", "again", "also", "repeatedly", "publicly", "privately", "flatly", "then",
                    ].contains(lower)
                {
                    index += 1
                    progressed = true
                    continue
                }
                if ["last", "this", "next"].contains(lower), index + 1 < limit,
                    ["week", "month", "year", "night", "weekend", "morning", "evening"].contains(
                        tokens[index + 1].lower)
                        || vocabulary.weekdays[tokens[index + 1].lower] != nil
                {
                    index += 2
                    progressed = true
                    continue
                }
                if ["on", "in", "at", "during", "via", "through", "over", "after", "before"].contains(lower) {
                    // A short setting phrase followed by "that", a comma, a colon or the end.
                    var probe = index + 1
                    while probe < limit, probe - index <= 8 {
                        let word = tokens[probe]
                        if word.kind != .word && word.kind != .number { break }
                        if word.lower == "that" { break }
                        probe += 1
                    }
                    if probe < limit && probe - index <= 8 && probe > index + 1 {
                        let stop = tokens[probe]
                        if stop.lower == "that" || stop.text == "," || stop.text == ":"
                            || (stop.kind == .quote && owner[probe] >= 0)
                        {
                            index = probe
                            progressed = true
                            continue
                        }
                    } else if probe >= limit && probe - index <= 8 && probe > index + 1 {
                        index = probe
                        progressed = true
                        continue
                    }
                }
            } else if token.kind == .punctuation && token.text == "," && index + 1 < limit
                && tokens[index + 1].kind == .word
                && (vocabulary.weekdays[tokens[index + 1].lower] != nil
                    || ["on", "in", "at", "during"].contains(tokens[index + 1].lower))
            {
                index += 1
                progressed = true
                continue
            }
        }
        return index
    }

    /// One past the last token of content in a sentence: final punctuation dropped.
    func contentEnd(_ sentence: Range<Int>) -> Int {
        var end = sentence.upperBound
        while end > sentence.lowerBound {
            let token = tokens[end - 1]
            if token.kind == .punctuation,
                [".", "!", "?", ",", ";", ":", "—", "–", "--"].contains(token.text)
            {
                end -= 1
                continue
            }
            if token.kind == .punctuation, token.text == ")" {
                // A whole sentence in brackets loses its closing bracket; otherwise keep a
                // bracket that closes inside the content.
                if tokens[sentence.lowerBound].text == "(", end - 1 > sentence.lowerBound {
                    end -= 1
                    continue
                }
                break
            }
            break
        }
        return end
    }
}
