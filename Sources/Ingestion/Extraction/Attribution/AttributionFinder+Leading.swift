import ClaimsModel

// The leading form `X said (that) C` / `According to X, C`, put questions and colon introductions.
extension AttributionFinder {
    /// `X said (that) C` / `According to X, C` / `X told Y: "C"`: the content after the cue.
    mutating func leading(
        _ cue: CueMatch, sentence: Range<Int>, end: Int, paragraph: Int, from: Int
    ) -> Attribution? {
        let entry = cue.entry
        if entry.isPreposition {
            // "According to X, C."
            guard
                let phrase = speakers.phrase(
                    after: cue.tokens.upperBound, limit: end, tokens: tokens, owner: owner)
            else { return nil }
            // Only connectives before it ("But, according to X, C", "In addition, according to X,
            // C"), counted from a colon that introduces the sentence's point ("It shows: According
            // to X, C").
            let colon = (from..<cue.tokens.lowerBound).last { tokens[$0].text == ":" && owner[$0] < 0 }
            let opening = tokens[(colon.map { $0 + 1 } ?? from)..<cue.tokens.lowerBound].allSatisfy {
                $0.kind == .punctuation || vocabulary.sentenceOpeners.contains($0.lower)
                    || ["in", "addition", "moreover", "indeed", "again", "yet"].contains($0.lower)
            }
            guard opening else { return nil }
            var start = phrase.appositive?.upperBound ?? phrase.tokens.upperBound
            start = afterAdjuncts(start, limit: end)
            while start < end, tokens[start].kind == .punctuation, tokens[start].text == "," { start += 1 }
            guard end - start >= 3 else { return nil }
            var attribution = Attribution(
                speaker: phrase, cue: cue.tokens, content: start..<end, kind: kindOf(start..<end),
                cueEntry: entry,
                paragraph: paragraph)
            attribution.adjuncts = nil
            return attribution
        }
        if entry.isBare {
            // "X seemed to ...": the clause around the cue, with no speaker.
            var start = cue.tokens.lowerBound
            while start > from {
                let previous = tokens[start - 1]
                if owner[start - 1] < 0,
                    ["but", "and", "that", "because", "while", "when", "if", "as"].contains(previous.lower)
                {
                    break
                }
                start -= 1
            }
            if start == sentence.lowerBound, tokens[start].isCapitalized,
                ["in", "on", "at", "after", "during", "for", "with", "since", "by", "before"].contains(
                    tokens[start].lower),
                let comma = (start..<cue.tokens.lowerBound).first(where: {
                    tokens[$0].text == "," && owner[$0] < 0
                }),
                comma - start <= 8
            {
                start = comma + 1  // "In the past few days, X seemed ..."
            }
            let stop = clauseEnd(from: cue.tokens.upperBound, end: end)
            guard stop - start >= 4 else { return nil }
            return Attribution(
                speaker: nil, cue: cue.tokens, content: start..<stop, kind: kindOf(start..<stop),
                cueEntry: entry,
                paragraph: paragraph)
        }
        if let question = putQuestion(cue, sentence: sentence, end: end, from: from, paragraph: paragraph) {
            return question
        }
        var speaker: SpeakerPhrase?
        var inherits = false
        var before = cue.tokens.lowerBound
        while before > from, tokens[before - 1].kind == .word,
            vocabulary.cueModifiers.contains(tokens[before - 1].lower)
        {
            before -= 1
        }
        if !entry.isParticiple,
            let subject = speakers.subject(
                before: cue.tokens.lowerBound, limit: from, tokens: tokens, owner: owner)
        {
            speaker = subject
        } else if entry.isParticiple,
            let subject = speakers.subject(
                before: cue.tokens.lowerBound, limit: from, tokens: tokens, owner: owner),
            subject.tokens.lowerBound > from, subject.appositive == nil,
            ["with", ",", "—", "–", "--"].contains(tokens[subject.tokens.lowerBound - 1].lower)
        {
            // "..., with 22 percent saying they ...", "— Lee saying he ...": the phrase before the
            // participle speaks.
            speaker = subject
        } else if entry.isParticiple, cue.tokens.lowerBound > from,
            tokens[cue.tokens.lowerBound - 1].text == ",",
            let last = found.last(where: { !$0.isNested }), last.paragraph == paragraph,
            last.content.upperBound >= sentence.lowerBound
        {
            inherits = true
        } else if entry.isParticiple, cue.tokens.lowerBound > sentence.lowerBound + 2,
            tokens[cue.tokens.lowerBound - 1].text == ","
                || ["after", "before", "while", "by", "when"].contains(
                    tokens[cue.tokens.lowerBound - 1].lower),
            let first = speakers.phrase(
                after: subjectStart(sentence, limit: cue.tokens.lowerBound), limit: cue.tokens.lowerBound,
                tokens: tokens, owner: owner),
            startsNounPhrase(tokens[first.tokens.lowerBound])
        {
            // "Obama tried to help, noting that ...", "He hit back after saying ...": the subject of
            // the sentence.
            speaker = first
        } else if before > sentence.lowerBound + 1, ["and", "but"].contains(tokens[before - 1].lower),
            let first = speakers.phrase(
                after: coordinatedSubjectStart(sentence, and: before - 1), limit: before - 1, tokens: tokens,
                owner: owner),
            tokens[first.tokens.lowerBound].isCapitalized
                || vocabulary.pronouns[tokens[first.tokens.lowerBound].lower] != nil
        {
            // "The senator criticized the plan and said ...": the sentence's subject; "Lee
            // praised Park after she toured the quay and said ...": the clause's, "she".
            speaker = first
        } else {
            return nil
        }
        var start = cue.tokens.upperBound
        var listener: Range<Int>?
        if entry.takesObject,
            let object = speakers.phrase(after: start, limit: end, tokens: tokens, owner: owner),
            tokens[object.tokens.lowerBound].lower != "that"
        {
            listener = object.tokens
            start = object.tokens.upperBound
        }
        let adjunctStart = start
        start = afterAdjuncts(start, limit: end)
        let adjuncts = adjunctStart..<start
        while start < end, tokens[start].kind == .punctuation,
            tokens[start].text == "," || tokens[start].text == ":"
        {
            start += 1
        }
        if start < end, tokens[start].text == ";" { return nil }
        if start >= end {
            // "X said:" closing a paragraph introduces the next paragraph.
            return colonIntroduction(cue, speaker: speaker, sentence: sentence, paragraph: paragraph)
        }
        if entry.needsClause, tokens[start].kind != .quote,
            !["that", "whether", "if", "why", "how", "what", "when", "who"].contains(tokens[start].lower)
        {
            return nil
        }
        if entry.needsInfinitive, tokens[start].lower != "to" { return nil }
        if entry.refusesFigure,
            tokens[start].kind == .number || vocabulary.numberWords.contains(tokens[start].lower)
        {
            return nil
        }
        var contentEnd = clauseEnd(from: start, end: end)
        if entry.takesNounPhrase { contentEnd = nounPhraseEnd(from: start, end: contentEnd) }
        // A cue inside the clause that opens the sentence: "As Lee noted, C" frames the rest of the
        // sentence; "After the court refused to reconsider, the governor appealed" keeps its
        // content inside that clause.
        let subject = subjectStart(sentence, limit: end)
        if subject > cue.tokens.upperBound, subject - 1 > start, subject - 1 < contentEnd {
            let opener = tokens[from..<cue.tokens.lowerBound].first { $0.kind == .word }?.lower ?? ""
            if opener == "as", end - subject >= 3 {
                start = subject
                contentEnd = end
            } else if vocabulary.subordinators.contains(opener) {
                contentEnd = subject - 1
            }
        }
        // One word is enough for a quotation or a name ("endorsed Cruz last week").
        guard
            contentEnd - start >= 2
                || (contentEnd > start
                    && (tokens[start].kind == .quote
                        || (entry.takesNounPhrase && tokens[start].isCapitalized)))
        else {
            return nil
        }
        var attribution = Attribution(
            speaker: speaker, cue: cue.tokens, content: start..<contentEnd, kind: kindOf(start..<contentEnd),
            cueEntry: entry, inheritsSpeaker: inherits, paragraph: paragraph)
        attribution.adjuncts = adjuncts
        attribution.listener = listener
        return attribution
    }

    /// Where the subject of the verb before `and` starts: the sentence's subject, or that of the
    /// last subordinate clause opened before `and` ("after she attacked ... and blamed").
    func coordinatedSubjectStart(_ sentence: Range<Int>, and: Int) -> Int {
        let start = subjectStart(sentence, limit: and)
        var index = and - 1
        while index > start {
            if owner[index] < 0, tokens[index].kind == .word, !tokens[index].isCapitalized,
                vocabulary.subordinators.contains(tokens[index].lower), index + 1 < and,
                vocabulary.pronouns[tokens[index + 1].lower] != nil || tokens[index + 1].isCapitalized
            {
                return index + 1
            }
            index -= 1
        }
        return start
    }

    /// "Asked whether the pier would open, Lee said ...": the question put to the sentence's
    /// subject is a claim of its own, up to the comma, with no speaker unless "by X" names who
    /// asked ("Asked by reporters about the levy, ...").
    func putQuestion(
        _ cue: CueMatch, sentence: Range<Int>, end: Int, from: Int, paragraph: Int
    ) -> Attribution? {
        guard cue.tokens.count == 1, tokens[cue.tokens.lowerBound].lower == "asked",
            tokens[from..<cue.tokens.lowerBound].allSatisfy({
                $0.kind == .punctuation || $0.kind == .quote
                    || ["when", "after", "once", "being"].contains($0.lower)
            })
        else { return nil }
        var start = cue.tokens.upperBound
        var speaker: SpeakerPhrase?
        if start < end, tokens[start].lower == "by",
            let asker = speakers.phrase(after: start + 1, limit: end, tokens: tokens, owner: owner)
        {
            speaker = asker
            start = asker.tokens.upperBound
        }
        start = afterAdjuncts(start, limit: end)
        guard
            let comma = (start..<end).first(where: { tokens[$0].text == "," && owner[$0] < 0 }),
            comma - start >= 2
        else { return nil }
        return Attribution(
            speaker: speaker, cue: cue.tokens, content: start..<comma, kind: kindOf(start..<comma),
            cueEntry: cue.entry, paragraph: paragraph)
    }

    /// `X said:` at the end of a paragraph: the next paragraph (or quotation) is the content.
    mutating func colonIntroduction(
        _ cue: CueMatch, speaker: SpeakerPhrase?, sentence: Range<Int>, paragraph: Int
    ) -> Attribution? {
        guard sentence.upperBound == paragraphs[paragraph].tokens.upperBound,
            tokens[sentence.upperBound - 1].text == ":", paragraph + 1 < paragraphs.count
        else { return nil }
        let next = paragraphs[paragraph + 1]
        var content = next.tokens
        var kind = ClaimKind.indirect
        if isQuotationStart(next.tokens.lowerBound) {
            let quote = quotations[Int(owner[next.tokens.lowerBound])]
            content = quote.open..<(quote.close + 1)
            kind = .direct
        } else {
            kind = kindOf(content)
        }
        consumedUntil = max(consumedUntil, content.upperBound)
        return Attribution(
            speaker: speaker, cue: cue.tokens, content: content, kind: kind, cueEntry: cue.entry,
            inheritsSpeaker: speaker == nil, paragraph: paragraph)
    }
}
