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

    private(set) var found: [Attribution] = []
    /// Token index before which everything is already part of a claim.
    private var consumedUntil = 0

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

    // MARK: - Labelled paragraphs

    /// "Name: what they said." A paragraph that opens with a short capitalised name and a colon,
    /// the form of headlines ("Rubio: I'm Not Interested") and transcripts.
    private mutating func labelled(_ paragraph: Paragraph, number: Int) -> Bool {
        let range = paragraph.tokens
        var colon = range.lowerBound
        while colon < range.upperBound, colon - range.lowerBound <= 6, tokens[colon].text != ":" {
            let token = tokens[colon]
            let allowed =
                (token.kind == .word && (token.isCapitalized || token.lower == "'s" || token.lower == "’s"))
                || token.text == "(" || token.text == ")" || token.text == "-" || token.text == "."
            guard allowed else { return false }
            colon += 1
        }
        guard colon < range.upperBound, tokens[colon].text == ":", colon > range.lowerBound,
            colon - range.lowerBound <= 6, range.upperBound - colon >= 4
        else { return false }
        let label = tokens[range.lowerBound].lower
        guard !vocabulary.colonLabels.contains(label), tokens[range.lowerBound].kind == .word else {
            return false
        }
        let start = colon + 1
        let stop = contentEnd(start..<range.upperBound)
        guard stop - start >= 3 else { return false }
        let speaker = SpeakerPhrase(tokens: range.lowerBound..<colon, appositive: nil)
        found.append(
            Attribution(
                speaker: speaker, cue: colon..<(colon + 1), content: start..<stop, kind: kindOf(start..<stop),
                cueEntry: nil, paragraph: number))
        consumedUntil = max(consumedUntil, range.upperBound)
        return true
    }

    // MARK: - Direct quotes

    private func isQuotationStart(_ index: Int) -> Bool {
        tokens[index].kind == .quote && owner[index] >= 0 && quotations[Int(owner[index])].open == index
    }

    /// A sentence that opens with a quotation: `"...," X said.` or a cue-less quote.
    private mutating func quoteFirst(
        _ sentence: Range<Int>, paragraph: Int, sentences: [Range<Int>], next: inout Int
    ) -> Bool {
        let quote = quotations[Int(owner[sentence.lowerBound])]
        // A quotation that runs past this paragraph has its tail in a later paragraph.
        let tailStart = quote.close + 1
        var tailEnd =
            quote.lastParagraph == paragraph
            ? sentence.upperBound : paragraphs[quote.lastParagraph].tokens.upperBound
        var tailFound = tailStart < tailEnd ? attributionTail(tailStart..<tailEnd) : nil
        if tailFound == nil, tailStart >= tailEnd, quote.lastParagraph == paragraph, next < sentences.count {
            // `"Really?" Bush said.`: the quotation's own stop ended the sentence.
            let following = sentences[next]
            if following.lowerBound == tailStart, let found = attributionTail(following),
                found.2 >= contentEnd(following) || isQuotationStart(found.2)
            {
                tailFound = found
                tailEnd = following.upperBound
                next += 1
            }
        }
        if tailStart < tailEnd, quote.wordCount >= 2, let (speaker, cue, after) = tailFound {
            var end = quote.close + 1
            var interruptions: [Range<Int>] = []
            // `"A," he said, "B."` and further quoted sentences in the same paragraph.
            var cursor = after
            while cursor < tailEnd, tokens[cursor].kind == .punctuation, tokens[cursor].text == "," {
                cursor += 1
            }
            if cursor > after || (after > 0 && tokens[after - 1].text == ":"), cursor < tailEnd,
                isQuotationStart(cursor)
            {
                end = quotations[Int(owner[cursor])].close + 1
                interruptions.append((quote.close + 1)..<cursor)
            } else if let resumed = resumedQuotation(after: after, until: tailEnd) {
                // `"A," Lee said, pointing at the map, "B."`: the quotation resumes after an aside.
                end = quotations[Int(owner[resumed])].close + 1
                interruptions.append((quote.close + 1)..<resumed)
            }
            let lastParagraph = paragraphOf(end - 1)
            while next < sentences.count, lastParagraph == paragraph {
                let following = sentences[next]
                guard isQuotationStart(following.lowerBound) else { break }
                let other = quotations[Int(owner[following.lowerBound])]
                guard other.lastParagraph == paragraph, let close = quotedSentenceEnd(following, other)
                else { break }
                // `"A," he said. "B."`: the attribution between the quotations is left out.
                if end < following.lowerBound { interruptions.append(end..<following.lowerBound) }
                end = close
                next += 1
            }
            var attribution = Attribution(
                speaker: speaker, cue: cue.tokens, content: sentence.lowerBound..<end, kind: .direct,
                cueEntry: cue.entry, paragraph: paragraph)
            attribution.interruptions = interruptions
            attribution.adjuncts = cue.tokens.upperBound..<max(cue.tokens.upperBound, min(after, tailEnd))
            if cue.entry.takesObject, cue.tokens.upperBound < tailEnd,
                let listener = speakers.phrase(
                    after: cue.tokens.upperBound, limit: tailEnd, tokens: tokens, owner: owner),
                listener.tokens.lowerBound != speaker.tokens.lowerBound
            {
                attribution.listener = listener.tokens
            }
            found.append(attribution)
            consumedUntil = max(consumedUntil, end)
            // ", adding that ..." or ", who added that ..." after the attribution.
            if !relative(after: speaker.tokens.upperBound, until: tailEnd, paragraph: paragraph),
                !participle(after: max(after, end), until: tailEnd, paragraph: paragraph)
            {
                further(after: max(after, end), until: tailEnd, paragraph: paragraph)
            }
            consumedUntil = max(consumedUntil, tailEnd)
            return true
        }
        // `"..." — Commissioner Ruth Abara`: a dash and a name closing the paragraph.
        if tailStart < tailEnd, quote.lastParagraph == paragraph,
            tailEnd == paragraphs[paragraph].tokens.upperBound,
            ["—", "–", "--"].contains(tokens[tailStart].text), tailEnd - tailStart >= 2,
            tailEnd - tailStart <= 8,
            tokens[tailStart + 1].isCapitalized,
            ((tailStart + 1)..<tailEnd).allSatisfy({ tokens[$0].kind == .word || tokens[$0].text == "," })
        {
            found.append(
                Attribution(
                    speaker: SpeakerPhrase(tokens: (tailStart + 1)..<tailEnd, appositive: nil),
                    cue: tailStart..<(tailStart + 1), content: quote.open..<(quote.close + 1), kind: .direct,
                    cueEntry: nil, paragraph: paragraph))
            consumedUntil = max(consumedUntil, tailEnd)
            return true
        }
        // A paragraph that is only a quotation, with no cue: it continues the last speaker.
        let isWholeParagraph =
            sentence.lowerBound == paragraphs[paragraph].tokens.lowerBound
            && (quote.close >= paragraphs[quote.lastParagraph].tokens.upperBound - 2)
        if isWholeParagraph, quote.wordCount >= 3, let last = found.last(where: { !$0.isNested }),
            last.kind != .indirect,
            last.paragraph >= paragraph - 1, last.speaker != nil || last.inheritsSpeaker
        {
            found.append(
                Attribution(
                    speaker: nil, cue: nil, content: quote.open..<(quote.close + 1), kind: .direct,
                    cueEntry: nil,
                    inheritsSpeaker: true, paragraph: paragraph))
            consumedUntil = max(consumedUntil, paragraphs[quote.lastParagraph].tokens.upperBound)
            return true
        }
        if quote.lastParagraph > paragraph || tailStart >= sentence.upperBound - 1 {
            consumedUntil = max(consumedUntil, min(quote.close + 1, sentence.upperBound))
            return quote.lastParagraph > paragraph
        }
        return false
    }

    /// The opening mark of a quotation that resumes after a short aside set off by commas
    /// (", pointing at the map, \"B\""); `nil` when the aside holds a cue of its own.
    private func resumedQuotation(after start: Int, until end: Int) -> Int? {
        guard start < end, tokens[start].text == "," else { return nil }
        var index = start + 1
        while index < end, index - start <= 15 {
            let token = tokens[index]
            if owner[index] >= 0 || token.text == "." || token.text == ";" { return nil }
            if token.text == "," {
                return index + 1 < end && isQuotationStart(index + 1) && index > start + 1 ? index + 1 : nil
            }
            if cues.match(at: index, in: tokens, limit: end) != nil { return nil }
            index += 1
        }
        return nil
    }

    /// `C, Lee said. "B."`: quoted sentences that follow a trailing attribution in the same
    /// paragraph, with no cue of their own, go on with its content.
    private mutating func extendOverQuotes(_ attribution: Int, sentences: [Range<Int>], next: inout Int) {
        let paragraph = found[attribution].paragraph
        while next < sentences.count {
            let following = sentences[next]
            guard isQuotationStart(following.lowerBound) else { break }
            let quote = quotations[Int(owner[following.lowerBound])]
            guard quote.lastParagraph == paragraph, quote.wordCount >= 2,
                let close = quotedSentenceEnd(following, quote)
            else { break }
            let content = found[attribution].content.lowerBound..<close
            // `C, Lee said. "B."`: the attribution between the pieces is no part of the content.
            let gap = found[attribution].content.upperBound..<following.lowerBound
            if !gap.isEmpty { found[attribution].interruptions.append(gap) }
            found[attribution].content = content
            found[attribution].kind = kindOf(content)
            consumedUntil = max(consumedUntil, following.upperBound)
            next += 1
        }
    }

    /// Where the content of a sentence opening with `quote` ends when the sentence is the quotation
    /// alone or the quotation and a few plain words ("\"... a tax increase\" for the top bracket."),
    /// `nil` when more follows (a cue, another quotation).
    private func quotedSentenceEnd(_ sentence: Range<Int>, _ quote: Quotation) -> Int? {
        if quote.close >= sentence.upperBound - 2 { return quote.close + 1 }
        let end = contentEnd(sentence)
        guard end - quote.close - 1 <= 6, tokens[quote.close + 1].kind == .word else { return nil }
        for index in (quote.close + 1)..<end {
            if owner[index] >= 0 || tokens[index].kind == .punctuation { return nil }
            if cues.match(at: index, in: tokens, limit: end) != nil { return nil }
        }
        return end
    }

    /// `, X said` / `, said X` / `, X, a Y, told Z` after a quotation; returns the speaker, the cue
    /// and the index after the attribution.
    private func attributionTail(_ tail: Range<Int>) -> (SpeakerPhrase, CueMatch, Int)? {
        var start = tail.lowerBound
        while start < tail.upperBound, tokens[start].kind == .punctuation,
            tokens[start].text == "," || tokens[start].text == "—" || tokens[start].text == "--"
                || tokens[start].text == "–"
        {
            start += 1
        }
        guard start < tail.upperBound else { return nil }
        var index = start
        // Long enough for a speaker with a two-part appositive ("X, a fellow at Y and a former Z,").
        while index < tail.upperBound, index - start <= 40 {
            if owner[index] >= 0 { return nil }
            let token = tokens[index]
            if token.kind == .punctuation, token.text == "." || token.text == ";" || token.text == "?" {
                return nil
            }
            if let cue = cues.match(at: index, in: tokens, limit: tail.upperBound) {
                if cue.tokens.lowerBound == start || cue.headStart == start {
                    // "said Caddell", "according to X".
                    guard
                        let speaker = speakers.phrase(
                            after: cue.tokens.upperBound, limit: tail.upperBound, tokens: tokens, owner: owner
                        )
                    else { return nil }
                    return (speaker, cue, afterAdjuncts(speaker.tokens.upperBound, limit: tail.upperBound))
                }
                guard
                    let speaker = speakers.subject(
                        before: cue.tokens.lowerBound, limit: start, tokens: tokens, owner: owner),
                    speaker.tokens.lowerBound == start
                else { return nil }
                var after = cue.tokens.upperBound
                if cue.entry.takesObject,
                    let listener = speakers.phrase(
                        after: after, limit: tail.upperBound, tokens: tokens, owner: owner)
                {
                    after = listener.tokens.upperBound
                }
                return (speaker, cue, afterAdjuncts(after, limit: tail.upperBound))
            }
            index += 1
        }
        return nil
    }

    private func paragraphOf(_ token: Int) -> Int {
        var low = 0
        var high = paragraphs.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if paragraphs[middle].tokens.lowerBound <= token { low = middle } else { high = middle - 1 }
        }
        return low
    }

    // MARK: - Indirect speech

    /// Cues outside quotations in one sentence.
    private mutating func indirect(_ sentence: Range<Int>, paragraph: Int) {
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

    /// "In a CBS News poll last month, Lee led by six points." / "Lee led by six points in the
    /// latest polls.": a sentence with no cue that a poll or survey frames; the document is the
    /// source and the rest of the sentence what it found.
    private func framedFinding(_ sentence: Range<Int>, paragraph: Int) -> Attribution? {
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
                content: comma + 1..<end, kind: kindOf(comma + 1..<end), paragraph: paragraph)
        }
        // Closing: "C in <phrase with a finding noun>."
        guard open + 3 < end,
            let last = (open + 3..<end).last(where: { tokens[$0].lower == "in" && owner[$0] < 0 }),
            end - last >= 2, end - last <= 8, isFinding(last + 1..<end),
            !(last + 1..<end).contains(where: { tokens[$0].kind != .word && tokens[$0].kind != .number })
        else { return nil }
        return Attribution(
            speaker: SpeakerPhrase(tokens: last + 1..<end), cue: last..<last + 1,
            content: open..<last, kind: kindOf(open..<last), paragraph: paragraph)
    }

    /// What may stand before a reporting noun: a possessive or an article.
    private static let nounDeterminers: Set<String> = [
        "his", "her", "their", "its", "the", "a", "an", "'s", "’s",
    ]

    /// "his suggestion that C", "Lee's warning on Monday that C", "complaints that C": a reporting
    /// noun with a that-clause, whose speaker is the possessive before it, if any.
    private mutating func reportingNouns(_ sentence: Range<Int>, paragraph: Int) {
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

    /// One past the last token of content in a sentence: final punctuation dropped.
    private func contentEnd(_ sentence: Range<Int>) -> Int {
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

    /// `C, X said.` / `C, said X.` / `C, according to X.`: the content before the cue.
    private func trailing(_ cue: CueMatch, sentence: Range<Int>, end: Int, paragraph: Int) -> Attribution? {
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
    private func continuesContent(after rest: Int, sentence: Range<Int>, end: Int) -> Bool {
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
    private func startsNounPhrase(_ token: Token) -> Bool {
        token.isCapitalized || token.kind == .number || vocabulary.pronouns[token.lower] != nil
            || ["the", "a", "an", "two", "three", "four", "several", "many", "some", "his", "her", "their"]
                .contains(
                    token.lower)
    }

    /// A comma, dash or closing mark that separates the content from a trailing attribution.
    private func isClauseBreak(_ index: Int) -> Bool {
        let token = tokens[index]
        if token.kind == .punctuation { return [",", "—", "–", "--"].contains(token.text) }
        return token.kind == .quote && owner[index] >= 0 && quotations[Int(owner[index])].close == index
    }

    /// `X said (that) C` / `According to X, C` / `X told Y: "C"`: the content after the cue.
    private mutating func leading(
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
                after: subjectStart(sentence, limit: before - 1), limit: before - 1, tokens: tokens,
                owner: owner),
            tokens[first.tokens.lowerBound].isCapitalized
                || vocabulary.pronouns[tokens[first.tokens.lowerBound].lower] != nil
        {
            // "The senator criticized the plan and said ...": the sentence's subject.
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

    /// "Asked whether the pier would open, Lee said ...": the question put to the sentence's
    /// subject is a claim of its own, up to the comma, with no speaker unless "by X" names who
    /// asked ("Asked by reporters about the levy, ...").
    private func putQuestion(
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

    /// Where a sentence's subject starts: after an opening conjunction ("But", "However") and an
    /// introductory phrase closed by a comma ("On Thursday, ...", "In a speech in Ohio, ...").
    private func subjectStart(_ sentence: Range<Int>, limit: Int) -> Int {
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
    private func clauseEnd(from start: Int, end: Int) -> Int {
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
    private func nounPhraseEnd(from start: Int, end: Int) -> Int {
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
    private func startsClaim(at start: Int, end: Int) -> Bool {
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

    /// `X said:` at the end of a paragraph: the next paragraph (or quotation) is the content.
    private mutating func colonIntroduction(
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

    /// Where a ", who ..." clause starts after `start`, or `end`.
    private func relativeStart(_ start: Int, end: Int) -> Int {
        var index = start + 1
        while index < end {
            if tokens[index].lower == "who", tokens[index - 1].text == ",", owner[index] < 0 { return index }
            index += 1
        }
        return end
    }

    /// `..., said X, who added that C`: the relative clause after a speaker is a claim of its own,
    /// with "who" as its speaker; returns whether it found one.
    private mutating func relative(after start: Int, until end: Int, paragraph: Int) -> Bool {
        var index = start
        if index < end, tokens[index].text == "," { index += 1 }
        // Skip an appositive: ", a pollster at Y, who said ...".
        var probe = index
        while probe < end, probe - index <= 15, owner[probe] < 0, tokens[probe].text != "." {
            if tokens[probe].lower == "who", probe > start, tokens[probe - 1].text == "," { break }
            probe += 1
        }
        guard probe < end, tokens[probe].lower == "who" else { return false }
        var cueAt = probe + 1
        while cueAt < end, vocabulary.cueModifiers.contains(tokens[cueAt].lower) { cueAt += 1 }
        guard cueAt < end, let cue = cues.match(at: cueAt, in: tokens, limit: end), !cue.entry.isBare,
            !cue.entry.isPreposition
        else { return false }
        var from = cue.tokens.upperBound
        if cue.entry.takesObject,
            let object = speakers.phrase(after: from, limit: end, tokens: tokens, owner: owner),
            tokens[object.tokens.lowerBound].lower != "that"
        {
            from = object.tokens.upperBound
        }
        from = afterAdjuncts(from, limit: end)
        while from < end, tokens[from].text == "," || tokens[from].text == ":" { from += 1 }
        let stop = clauseEnd(from: from, end: contentEnd(from..<end))
        guard stop - from >= 2 else { return false }
        found.append(
            Attribution(
                speaker: SpeakerPhrase(tokens: probe..<(probe + 1), appositive: nil), cue: cue.tokens,
                content: from..<stop, kind: kindOf(from..<stop), cueEntry: cue.entry, paragraph: paragraph))
        return true
    }

    /// ", adding that C" after a direct quote's attribution.
    @discardableResult
    private mutating func participle(after start: Int, until end: Int, paragraph: Int) -> Bool {
        var index = start
        while index + 1 < end {
            var cueAt = index + 1
            if cueAt + 1 < end, ["before", "after", "while", "then"].contains(tokens[cueAt].lower) {
                cueAt += 1  // ", before adding that ..."
            }
            if tokens[index].text == ",", owner[index] < 0,
                let cue = cues.match(at: cueAt, in: tokens, limit: end), cue.entry.isParticiple
            {
                var from = afterAdjuncts(cue.tokens.upperBound, limit: end)
                if cue.entry.takesObject,
                    let object = speakers.phrase(after: from, limit: end, tokens: tokens, owner: owner)
                {
                    from = object.tokens.upperBound
                }
                let stop = contentEnd(from..<end)
                if stop - from >= 2 {
                    found.append(
                        Attribution(
                            speaker: nil, cue: cue.tokens, content: from..<stop, kind: kindOf(from..<stop),
                            cueEntry: cue.entry, inheritsSpeaker: true, paragraph: paragraph))
                    return true
                }
                return false
            }
            index += 1
        }
        return false
    }

    /// `"...," Lee said, after Park said the plan ...`: a claim of another speaker in the rest
    /// of the sentence after a quotation's attribution.
    private mutating func further(after start: Int, until end: Int, paragraph: Int) {
        guard start < end else { return }
        let stop = contentEnd(start..<end)
        var index = start
        while index < stop {
            if owner[index] < 0, let cue = cues.match(at: index, in: tokens, limit: stop) {
                guard !cue.entry.isParticiple, !cue.entry.isBare, !cue.entry.isPreposition else { return }
                if let attribution = leading(
                    cue, sentence: start..<end, end: stop, paragraph: paragraph, from: start)
                {
                    found.append(attribution)
                }
                return
            }
            index += 1
        }
    }

    /// Direct when the content is one quotation, mixed when it holds one, indirect otherwise.
    private func kindOf(_ content: Range<Int>) -> ClaimKind {
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

    // MARK: - Adjuncts

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
}
