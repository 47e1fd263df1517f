import ClaimsModel

// Cues outside quotations in one sentence, and the trailing form `C, X said.`
extension AttributionFinder {
    /// Cues outside quotations in one sentence.
    mutating func indirect(_ sentence: Range<Int>, paragraph: Int) {
        var matches: [CueMatch] = []
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            if owner[index] < 0, let cue = cues.match(at: index, in: tokens, limit: sentence.upperBound) {
                matches.append(cue)
                index = cue.tokens.upperBound
            } else {
                index += 1
            }
        }
        guard !matches.isEmpty else {
            if let finding = framedFinding(sentence, paragraph: paragraph) {
                found.append(finding)
                consumedUntil = max(consumedUntil, sentence.upperBound)
            }
            return
        }
        // "Lee, a farmer who described himself as cautious, said ...": a cue inside the
        // appositive of a later cue's subject is not an attribution of its own.
        if matches.count > 1 {
            var inner = Set<Int>()
            for later in matches.dropFirst() where !later.entry.isPreposition && !later.entry.isParticiple {
                guard
                    let subject = speakers.subject(
                        before: later.tokens.lowerBound, limit: sentence.lowerBound, tokens: tokens,
                        owner: owner),
                    let appositive = subject.appositive
                else { continue }
                // Only a relative clause in the appositive: "a farmer who described himself".
                for cue in matches where appositive.contains(cue.tokens.lowerBound) {
                    let clause = appositive.lowerBound..<cue.tokens.lowerBound
                    if clause.contains(where: { ["who", "which", "that"].contains(tokens[$0].lower) }) {
                        inner.insert(cue.tokens.lowerBound)
                    }
                }
            }
            if !inner.isEmpty { matches.removeAll { inner.contains($0.tokens.lowerBound) } }
        }
        let end = contentEnd(sentence)
        // First the rightmost cue that closes the sentence: "..., analysts said."
        for cue in matches.reversed() {
            if let attribution = trailing(cue, sentence: sentence, end: end, paragraph: paragraph) {
                found.append(attribution)
                if let speaker = attribution.speaker, speaker.tokens.lowerBound > cue.tokens.lowerBound {
                    _ = relative(
                        after: speaker.tokens.upperBound, until: sentence.upperBound, paragraph: paragraph)
                }
                consumedUntil = max(consumedUntil, sentence.upperBound)
                return
            }
        }
        var from = sentence.lowerBound
        for cue in matches where cue.tokens.lowerBound >= from {
            if let attribution = leading(cue, sentence: sentence, end: end, paragraph: paragraph, from: from)
            {
                found.append(attribution)
                from = attribution.content.upperBound
            }
        }
        consumedUntil = max(consumedUntil, sentence.upperBound)
    }

    /// `C, X said.` / `C, said X.` / `C, according to X.`: the content before the cue.
    func trailing(_ cue: CueMatch, sentence: Range<Int>, end: Int, paragraph: Int) -> Attribution? {
        let entry = cue.entry
        var speaker: SpeakerPhrase
        var boundary: Int  // the comma (or dash) before the attribution
        var after: Int
        let breakBefore =
            cue.tokens.lowerBound > sentence.lowerBound && isClauseBreak(cue.tokens.lowerBound - 1)
        if entry.isPreposition || breakBefore {
            // "..., according to X." / "..., said X." / "... by 12 votes according to a count."
            guard !entry.isParticiple, cue.tokens.lowerBound > sentence.lowerBound + 2,
                let phrase = speakers.phrase(
                    after: cue.tokens.upperBound, limit: end, tokens: tokens, owner: owner),
                // "..., says political scientist Ida Brandt": a lower-case title before a name.
                entry.isPreposition || startsNounPhrase(tokens[phrase.tokens.lowerBound])
                    || phrase.tokens.dropFirst().contains(where: { tokens[$0].isCapitalized }),
                breakBefore
                    || !(cue.tokens.upperBound..<end).contains(where: {
                        owner[$0] >= 0 || tokens[$0].kind == .punctuation
                    })
            else { return nil }
            // "Lee's aide, Ann Park, said the plan ...": a subject with an appositive opening the
            // sentence speaks, with the content after the cue.
            if !entry.isPreposition,
                let subject = speakers.subject(
                    before: cue.tokens.lowerBound, limit: sentence.lowerBound, tokens: tokens, owner: owner),
                subject.appositive != nil, subject.tokens.lowerBound <= sentence.lowerBound + 1
            {
                return nil
            }
            speaker = phrase
            boundary = breakBefore ? cue.tokens.lowerBound - 1 : cue.tokens.lowerBound
            after = phrase.appositive?.upperBound ?? phrase.tokens.upperBound
        } else {
            guard
                let subject = speakers.subject(
                    before: cue.tokens.lowerBound, limit: sentence.lowerBound, tokens: tokens, owner: owner),
                subject.tokens.lowerBound > sentence.lowerBound + 2,
                isClauseBreak(subject.tokens.lowerBound - 1),
                tokens[subject.tokens.lowerBound - 1].kind == .quote
                    || tokens[subject.tokens.lowerBound - 1].text == ","
            else { return nil }
            speaker = subject
            boundary = subject.tokens.lowerBound - 1
            after = cue.tokens.upperBound
            if entry.takesObject,
                let listener = speakers.phrase(after: after, limit: end, tokens: tokens, owner: owner)
            {
                after = listener.tokens.upperBound
            }
        }
        let rest = afterAdjuncts(after, limit: end)
        // `C1, according to X, C2.` / `C1, X said, C2.`: the attribution interrupts the content,
        // which then spans the whole sentence (the attribution inside it, as annotators mark it).
        let interrupted =
            rest < end && continuesContent(after: rest, sentence: sentence, end: end)
            && (entry.isPreposition || speaker.tokens.lowerBound < cue.tokens.lowerBound
                || tokens[rest + 1].kind == .quote)
        // `C, X said, while D.`: a clause of its own after the attribution is not content.
        let ownClause =
            rest + 1 < end && tokens[rest].text == "," && owner[rest + 1] < 0
            && !tokens[rest + 1].isCapitalized
            && (vocabulary.clauseOpeners.contains(tokens[rest + 1].lower) || tokens[rest + 1].lower == "as"
                || (tokens[rest + 1].lower.hasSuffix("ing") && tokens[rest + 1].kind == .word))
            && !["which", "when", "where"].contains(tokens[rest + 1].lower)
        // "C, analysts say; D": the semicolon closes the claim like the sentence's end.
        if rest < end, !interrupted, !ownClause, tokens[rest].text != ";" {
            // "..., said X, a senior adviser" / "..., according to Y, taking ...": what follows
            // the speaker after a comma describes it or goes on; it holds no cue or quotation.
            let speakerAfterCue = entry.isPreposition || speaker.tokens.lowerBound > cue.tokens.lowerBound
            // "C, Lee said, a change that ...": a noun phrase after the attribution sums up C.
            let summary =
                !speakerAfterCue && rest + 1 < end && tokens[rest].text == ","
                && ["a", "an"].contains(tokens[rest + 1].lower)
            // After "according to X" anything may follow: "a poll last week", "a report from Y".
            guard speakerAfterCue || summary,
                entry.isPreposition || tokens[rest].text == "," || tokens[rest].text == "("
                    || ["who", "whose"].contains(tokens[rest].lower),
                entry.isPreposition || summary
                    || !(rest..<relativeStart(rest, end: end)).contains(where: {
                        owner[$0] >= 0 || cues.match(at: $0, in: tokens, limit: end) != nil
                    })
            else { return nil }
        }
        var start = sentence.lowerBound
        // A quotation closing right before the comma belongs to the quote-first path; a bracket
        // opening a bracketed sentence is not content.
        let bracketed = tokens[end..<sentence.upperBound].contains { $0.text == ")" }
        while start < boundary, tokens[start].kind == .punctuation, tokens[start].text != "(" || bracketed {
            start += 1
        }
        guard boundary - start >= 2 else { return nil }
        var contentEnd = boundary
        if tokens[contentEnd - 1].kind == .punctuation, tokens[contentEnd - 1].text == "," { contentEnd -= 1 }
        if interrupted { contentEnd = end }
        // `..., "the quoted words," X said.`: the content is the quotation alone.
        if !interrupted, owner[boundary - 1] >= 0, tokens[boundary - 1].kind == .quote {
            let quote = quotations[Int(owner[boundary - 1])]
            if quote.close == boundary - 1, quote.open > start, quote.wordCount >= 3 {
                let before = tokens[quote.open - 1]
                if before.kind == .punctuation, [",", ":", "—", "–", "--"].contains(before.text) {
                    start = quote.open
                }
            }
        }
        var attribution = Attribution(
            speaker: speaker, cue: cue.tokens, content: start..<contentEnd, kind: kindOf(start..<contentEnd),
            cueEntry: entry, paragraph: paragraph)
        if interrupted {
            // The pieces are the words on either side of ", according to X," / ", X said,".
            let gapStart = tokens[boundary].kind == .quote ? boundary + 1 : boundary
            attribution.interruptions = [gapStart..<(rest + 1)]
        }
        attribution.adjuncts = after..<max(after, end)
        if entry.takesObject, !entry.isPreposition,
            let listener = speakers.phrase(
                after: cue.tokens.upperBound, limit: end, tokens: tokens, owner: owner)
        {
            attribution.listener = listener.tokens
        }
        return attribution
    }

    /// Whether the words after the comma at `rest` carry on the content an attribution
    /// interrupted ("Prices, according to the survey, rose"; "A wall, she said, would also stop
    /// drugs") rather than describing the speaker or opening a clause of their own.
    func continuesContent(after rest: Int, sentence: Range<Int>, end: Int) -> Bool {
        guard tokens[rest].text == ",", rest + 3 < end else { return false }
        var first = rest + 1
        if tokens[first].kind == .quote, owner[first] >= 0, quotations[Int(owner[first])].open == first {
            first += 1  // `"A," she said, "but B."`: the quotation goes on
        }
        let token = tokens[first]
        guard token.kind == .word, !token.isCapitalized else { return false }
        let lower = token.lower
        if vocabulary.adjunctOpeners.contains(lower) || vocabulary.pronouns[lower] != nil
            || lower.hasSuffix("ing")
            || [
                "who", "whose", "which", "and", "or", "as", "while", "whereas", "although", "though", "where",
                "when", "a", "an", "one", "to", "not", "so", "because", "if", "since", "than", "with",
            ]
            .contains(lower)
        {
            return false
        }
        // "but also" goes on; "but she ..." opens a clause of its own.
        if lower == "but", first + 1 >= end || tokens[first + 1].lower != "also" { return false }
        // "the" opens a subject only after a short opening phrase ("Over the long term, ...").
        if speakers.determiners.contains(lower) {
            guard rest - sentence.lowerBound <= 12,
                ["over", "in", "at", "on", "for", "after", "before", "by", "under", "with", "among", "since"]
                    .contains(tokens[sentence.lowerBound].lower)
            else { return false }
        }
        // Another cue in the rest makes it an attribution of its own.
        return !((first + 1)..<end).contains(where: {
            owner[$0] < 0 && cues.match(at: $0, in: tokens, limit: end) != nil
        })
    }

    /// Whether a word can open a speaker's phrase after the cue ("said Caddell", "said the mayor").
    func startsNounPhrase(_ token: Token) -> Bool {
        token.isCapitalized || token.kind == .number || vocabulary.pronouns[token.lower] != nil
            || ["the", "a", "an", "two", "three", "four", "several", "many", "some", "his", "her", "their"]
                .contains(
                    token.lower)
    }

    /// A comma, dash or closing mark that separates the content from a trailing attribution.
    func isClauseBreak(_ index: Int) -> Bool {
        let token = tokens[index]
        if token.kind == .punctuation { return [",", "—", "–", "--"].contains(token.text) }
        return token.kind == .quote && owner[index] >= 0 && quotations[Int(owner[index])].close == index
    }
}
