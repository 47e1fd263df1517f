import ClaimsModel

// Sentences that open with a quotation: `"...," X said.`, cue-less quote paragraphs and dash signatures.
extension AttributionFinder {
    /// A sentence that opens with a quotation: `"...," X said.` or a cue-less quote.
    mutating func quoteFirst(
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
    func resumedQuotation(after start: Int, until end: Int) -> Int? {
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
    mutating func extendOverQuotes(_ attribution: Int, sentences: [Range<Int>], next: inout Int) {
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
    func quotedSentenceEnd(_ sentence: Range<Int>, _ quote: Quotation) -> Int? {
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
    func attributionTail(_ tail: Range<Int>) -> (SpeakerPhrase, CueMatch, Int)? {
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
}
