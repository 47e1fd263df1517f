/// Splits tokens into paragraphs and paragraphs into sentences.
///
/// A sentence ends at ".", "!" or "?" (with any closing quotation marks and brackets after it)
/// when the next token starts a new sentence: a capital, a digit or an opening quotation mark.
/// Abbreviations and initials ("Brig. Gen.", "U.S.", "Sept. 11", "J. Smith") carry their period
/// inside the token, so they never end a sentence. A sentence never ends inside a quotation,
/// so a quoted passage of several sentences stays with the words that attribute it.
struct SentenceSplitter: Sendable {
    /// Words that, capitalised after a dotted abbreviation ("U.S."), start a new sentence.
    let sentenceStarters: Set<String> = [
        "he", "she", "it", "they", "we", "i", "the", "but", "and", "this", "that", "in", "there", "his",
        "her",
    ]

    /// The paragraphs of `tokens`: the runs between line-break tokens.
    func paragraphs(_ tokens: [Token]) -> [Paragraph] {
        var result: [Paragraph] = []
        var start = 0
        for index in 0...tokens.count {
            if index == tokens.count || tokens[index].kind == .lineBreak {
                if index > start {
                    result.append(
                        Paragraph(tokens: start..<index, isHeading: isHeading(tokens, start..<index)))
                }
                start = index + 1
            }
        }
        return result
    }

    /// A paragraph whose last token is not sentence-final punctuation or a closing mark.
    private func isHeading(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let last = tokens[range.upperBound - 1]
        // A quotation paragraph may end with its attribution: `"..." — Ruth Abara`.
        if last.kind == .quote || tokens[range.lowerBound].kind == .quote { return false }
        if last.kind == .punctuation {
            switch last.text {
            case ".", "!", "?", ":", "…", "...", ")", "’", "'", ";": return false
            default: return true
            }
        }
        // "U.S." and other abbreviations end sentences at a paragraph's end.
        return !last.isAbbreviation
    }

    /// The sentences of one paragraph, as token ranges.
    func sentences(_ tokens: [Token], in paragraph: Range<Int>, owner: [Int32]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = paragraph.lowerBound
        var index = paragraph.lowerBound
        let end = paragraph.upperBound
        while index < end {
            let token = tokens[index]
            var isStop = false
            if token.kind == .punctuation {
                switch token.text {
                case ".", "!", "?": isStop = true
                default: break
                }
            } else if token.isAbbreviation, index + 1 < end, token.text.utf8.count > 3,
                tokens[index + 1].isCapitalized, sentenceStarters.contains(tokens[index + 1].lower)
            {
                // "... in the U.S. He said": a dotted abbreviation can close a sentence too.
                isStop = true
            }
            guard isStop else {
                index += 1
                continue
            }
            // Take closing marks and brackets after the stop.
            var last = index
            while last + 1 < end {
                let next = tokens[last + 1]
                if next.kind == .quote && owner[last + 1] >= 0 && owner[last + 1] == owner[index]
                    && !next.spaceBefore
                {
                    last += 1
                } else if next.kind == .punctuation
                    && (next.text == ")" || next.text == "’" || next.text == "'")
                {
                    last += 1
                } else {
                    break
                }
            }
            // Never split inside a quotation that goes on after this point.
            let quote = owner[index]
            let insideOpenQuote = quote >= 0 && (last + 1 < end && owner[last + 1] == quote)
            if !insideOpenQuote && last + 1 < end && startsSentence(tokens[last + 1]) {
                result.append(start..<(last + 1))
                start = last + 1
            }
            index = last + 1
        }
        if start < end { result.append(start..<end) }
        return result
    }

    private func startsSentence(_ token: Token) -> Bool {
        switch token.kind {
        case .word: return token.isCapitalized
        case .number, .quote: return true
        case .punctuation: return token.text == "(" || token.text == "‘" || token.text == "["
        case .lineBreak: return true
        }
    }
}
