/// Finds the noun phrase of the speaker on either side of a cue.
///
/// Reading leftwards from a cue it skips modifiers ("has also"), jumps over an appositive
/// between commas ("Bahman, an Iranian-Swedish dentist in Belgrade, told") and collects
/// titles, pre-modifiers, names and possessives until a word that cannot be inside a subject
/// ("that", "and", a comma). Reading rightwards ("said X", "according to X") it collects the
/// phrase up to a comma, a clause word or the end of the sentence.
struct SpeakerFinder: Sendable {
    let vocabulary: ExtractionVocabulary
    /// The longest speaker phrase, in tokens.
    let maximumLength = 12
    /// Listeners that are a whole phrase ("told me he ...").
    let objectPronouns: Set<String> = ["me", "us", "them", "you"]
    let determiners: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "our", "this", "that"]

    /// The subject that ends right before `cue`, not reaching before `limit`.
    func subject(before cue: Int, limit: Int, tokens: [Token], owner: [Int32]) -> SpeakerPhrase? {
        var index = cue - 1
        while index >= limit, tokens[index].kind == .word {
            let lower = tokens[index].lower
            let isAdverb = !tokens[index].isCapitalized && lower.hasSuffix("ly") && lower.utf8.count > 4
            if vocabulary.cueModifiers.contains(lower) || isAdverb {
                index -= 1
            } else if vocabulary.weekdays[lower] != nil || ["yesterday", "today", "tonight"].contains(lower) {
                // "X on Monday announced"
                index -= 1
                if index >= limit, tokens[index].lower == "on" { index -= 1 }
            } else if vocabulary.months[lower] != nil, index - 1 >= limit, tokens[index - 1].lower == "in" {
                // "prosecutors in April charged"
                index -= 2
            } else if ["week", "month", "year", "night", "weekend"].contains(lower), index - 1 >= limit,
                ["this", "last", "that"].contains(tokens[index - 1].lower)
            {
                // "the bank just this month announced"
                index -= 2
            } else {
                break
            }
        }
        // "who in 2010 said": a year between the subject and the cue.
        if index - 1 >= limit, tokens[index].kind == .number, tokens[index].text.utf8.count == 4,
            tokens[index - 1].lower == "in"
        {
            index -= 2
            while index >= limit, tokens[index].kind == .word,
                vocabulary.cueModifiers.contains(tokens[index].lower)
            {
                index -= 1
            }
        }
        guard index >= limit else { return nil }
        var appositive: Range<Int>?
        // "Sen. Ann Lee (D-Ore.), said": a stray comma after a party label.
        if tokens[index].text == ",", index - 1 > limit, tokens[index - 1].text == ")",
            openingMark(before: index, same: ",", limit: limit, tokens: tokens, owner: owner) == nil
        {
            index -= 1
        }
        let appositiveEnd = index
        let mark = tokens[index].text
        if mark == "," || ((mark == "—" || mark == "–" || mark == "--") && owner[index] < 0) {
            // "X, an analyst at Y, said", "X — after a pause — told": find the mark that opens
            // the appositive; "Ann Lee, 31, of Reno, Nev., a nurse, said" has several parts.
            var close = index
            var parts = 0
            while parts < 4 {
                guard
                    let open = openingMark(
                        before: close, same: mark, limit: limit, tokens: tokens, owner: owner)
                else {
                    if parts == 0 { return nil }
                    break
                }
                parts += 1
                appositive = (open + 1)..<appositiveEnd
                index = open - 1
                close = open
                // An age or a place ("31", "N.C.", "of Reno") before the mark is one more part.
                let before = tokens[index]
                // So is a title in quotation marks: 'Dana Osei, the author of "Roads," a history, said'.
                let closesTitle =
                    before.kind == .quote && owner[index] >= 0 && index + 1 < tokens.count
                    && owner[index + 1] != owner[index]
                let isPart =
                    mark == "," && index > limit + 1
                    && (before.kind == .number || before.isAbbreviation || isShortPart(index, tokens: tokens)
                        || closesTitle)
                if !isPart { break }
            }
            guard index >= limit, tokens[index].kind == .word || tokens[index].text == ")" else { return nil }
        }
        var phraseEnd = index
        if tokens[index].text == ")" {
            // "Rep. Ann Lee (D-Ore.) said": the party label belongs to the name.
            var open = index - 1
            while open > limit, index - open <= 8, tokens[open].text != "(" { open -= 1 }
            guard open > limit, tokens[open].text == "(" else { return nil }
            // A label holds no lower-case word: "Lee (who chairs the board) said" has a clause
            // aside, which describes the name before it.
            if tokens[(open + 1)..<index].contains(where: {
                $0.kind == .word && !$0.isCapitalized && $0.lower != "of"
            }) {
                if appositive == nil { appositive = (open + 1)..<index }
                phraseEnd = open - 1
            }
            index = open - 1
        }
        let head = tokens[index]
        guard head.kind == .word || head.kind == .number, owner[index] < 0 else { return nil }
        // A capitalised stop word inside a sentence is a name ("Will", "Long").
        let namedHead = head.isCapitalized && index > limit && tokens[index - 1].kind == .word
        if vocabulary.speakerStops.contains(head.lower) && vocabulary.pronouns[head.lower] == nil
            && !namedHead
        {
            return nil
        }
        var start = index
        while start - 1 >= limit, index - start + 1 < maximumLength {
            let token = tokens[start - 1]
            guard token.kind == .word || token.kind == .number, owner[start - 1] < 0 else { break }
            if vocabulary.pronouns[tokens[start].lower] != nil || objectPronouns.contains(tokens[start].lower)
            {
                break  // a pronoun is a whole phrase
            }
            let lower = token.lower
            // A lower-case past tense after a word that is not a determiner is a verb:
            // "who doubted the polls", not part of the subject.
            if !token.isCapitalized,
                lower.hasSuffix("ed") || lower.hasSuffix("ing") || lower.hasSuffix("n't"),
                start - 2 < limit || !determiners.contains(tokens[start - 2].lower)
            {
                break
            }
            if lower == "of" || lower == "for" || lower == "at" || lower == "from" || lower == "with" {
                // "Secretary of State John Kerry", "a spokeswoman for the ministry".
                guard start - 2 >= limit, tokens[start - 2].kind == .word,
                    !vocabulary.speakerStops.contains(tokens[start - 2].lower)
                else { break }
                start -= 1
                continue
            }
            if lower == "in" {
                // "voters in each state say", "Six in 10 voters say", "a woman in Worcester
                // said": the place or share belongs to the noun before it, which is who speaks,
                // never the place.
                guard start - 2 >= limit, owner[start - 2] < 0,
                    tokens[start - 2].kind == .number
                        || tokens[start - 2].kind == .word
                            && !vocabulary.speakerStops.contains(tokens[start - 2].lower)
                            && vocabulary.cues[tokens[start - 2].lower] == nil
                else { break }
                start -= 1
                continue
            }
            // "Lee and Park said": two names joined by "and" are one speaker.
            if lower == "and", token.kind == .word, tokens[start].isCapitalized, start - 2 >= limit,
                tokens[start - 2].isCapitalized, tokens[start - 2].kind == .word, owner[start - 2] < 0,
                vocabulary.pronouns[tokens[start - 2].lower] == nil,
                !vocabulary.speakerStops.contains(tokens[start - 2].lower) || start - 2 > limit
            {
                start -= 1
                continue
            }
            if vocabulary.speakerStops.contains(lower) || vocabulary.cues[lower] != nil
                || vocabulary.pronouns[lower] != nil
            {
                break
            }
            start -= 1
        }
        // "Riders who use the quay say", "Those who use it say": a restrictive relative clause
        // belongs to the noun phrase before it, which is who speaks. Only a subject relative,
        // whose verb follows "who" ("a major who Lee said", "a man who many": "who" is an object).
        let first = tokens[start]
        if start - 2 >= limit, tokens[start - 1].lower == "who", owner[start - 1] < 0,
            tokens[start - 2].kind == .word, !first.isCapitalized, vocabulary.pronouns[first.lower] == nil,
            !determiners.contains(first.lower), !vocabulary.partitives.contains(first.lower),
            !vocabulary.numberWords.contains(first.lower)
        {
            let before = start - 2
            if vocabulary.noOnePronouns.contains(tokens[before].lower) {
                start = before
            } else if let antecedent = subject(before: start - 1, limit: limit, tokens: tokens, owner: owner),
                antecedent.appositive == nil, tokens[antecedent.tokens.upperBound - 1].lower != "who"
            {
                start = antecedent.tokens.lowerBound
            }
        }
        // "most of them said", "one of his aides said": the part, not the pronoun or the whole.
        if start - 2 >= limit, tokens[start - 1].lower == "of", owner[start - 2] < 0,
            isPartitive(at: start - 2, tokens: tokens)
        {
            start -= 2
        }
        // Drop a dangling preposition at the front.
        while start < index, ["of", "for", "at", "from", "with"].contains(tokens[start].lower) { start += 1 }
        if phraseEnd < index { phraseEnd = index }
        return SpeakerPhrase(tokens: start..<(phraseEnd + 1), appositive: appositive)
    }

    /// Whether the word at `index` takes a part of what follows its "of" ("one", "most", "two"),
    /// and what follows is a determiner or pronoun, not a name ("one of Lee's aides" keeps "Lee's").
    private func isPartitive(at index: Int, tokens: [Token]) -> Bool {
        guard index >= 0, index + 2 < tokens.count, tokens[index + 1].lower == "of",
            vocabulary.partitives.contains(tokens[index].lower)
        else { return false }
        let next = tokens[index + 2].lower
        return determiners.contains(next) || objectPronouns.contains(next)
            || ["these", "those"].contains(next)
    }

    /// Whether the lower-case word at `index`, right after a name, starts the name's predicate
    /// rather than going on with a noun ("Clinton campaign chairman"): an adverb in "-ly" before
    /// another lower-case word ("Mitt Romney largely ran"), or a word that takes "to" or a
    /// determiner ("Mr. Putin likes to", "Mr. Lee struck a"). Offices and group nouns are nouns.
    private func startsPredicate(at index: Int, limit: Int, tokens: [Token]) -> Bool {
        let lower = tokens[index].lower
        guard index + 1 < limit, tokens[index + 1].kind == .word, vocabulary.offices[lower] == nil,
            !vocabulary.titles.contains(lower), !vocabulary.groupNouns.contains(lower)
        else { return false }
        let next = tokens[index + 1]
        if lower.hasSuffix("ly"), lower.utf8.count > 4, !next.isCapitalized { return true }
        return ["to", "a", "an", "the", "his", "her", "their", "its"].contains(next.lower)
    }

    /// The comma (or dash) that opens an appositive closed by the mark at `close`.
    private func openingMark(
        before close: Int, same mark: String, limit: Int, tokens: [Token], owner: [Int32]
    )
        -> Int?
    {
        var open = close - 1
        while open > limit, close - open <= 40 {
            let token = tokens[open]
            if owner[open] >= 0 && token.kind == .quote {
                // A title in quotation marks inside the appositive ("the author of "Roads"") is
                // skipped whole; any other quotation ends the search.
                let quotation = owner[open]
                guard open + 1 < tokens.count, owner[open + 1] != quotation else { return nil }
                var first = open - 1
                while first > limit, owner[first] == quotation { first -= 1 }
                guard first > limit, open - first <= 16, tokens[first + 1].kind == .quote else { return nil }
                open = first
                continue
            }
            // A period right before a comma ends an abbreviation ("D-Ore.,"), not a sentence.
            if token.kind == .punctuation && token.text == "." && tokens[open + 1].text != "," { return nil }
            if token.kind == .punctuation && token.text == ";" { return nil }
            if owner[open] < 0, token.text == mark || (mark == "," && token.text == ",") {
                guard open + 1 < close, open - 1 >= limit else { return nil }
                let previous = tokens[open - 1]
                guard previous.kind == .word || previous.kind == .number || previous.text == ")" else {
                    return nil
                }
                return open
            }
            open -= 1
        }
        return nil
    }

    /// Whether the words ending at `index` since the last comma are a short place or age
    /// ("of Raleigh", "N.C."), one part of a longer appositive.
    private func isShortPart(_ index: Int, tokens: [Token]) -> Bool {
        var start = index
        while start > 0, index - start < 3, tokens[start - 1].kind == .word { start -= 1 }
        guard start > 0, tokens[start - 1].text == "," else { return false }
        return tokens[start].lower == "of" || tokens[start].lower == "from"
    }

    /// The phrase that starts at `start` ("said Caddell", "according to the poll").
    func phrase(after start: Int, limit: Int, tokens: [Token], owner: [Int32]) -> SpeakerPhrase? {
        guard start < limit, tokens[start].kind == .word || tokens[start].kind == .number, owner[start] < 0
        else {
            return nil
        }
        if vocabulary.pronouns[tokens[start].lower] != nil || objectPronouns.contains(tokens[start].lower) {
            return SpeakerPhrase(tokens: start..<(start + 1), appositive: nil)
        }
        // "..., said Tuesday": a time, not a speaker (but "Tuesday's report" is one).
        let first = tokens[start].lower
        if vocabulary.weekdays[first] != nil || vocabulary.months[first] != nil
            || ["yesterday", "today", "tonight", "earlier", "later"].contains(first)
        {
            let possessive =
                start + 1 < limit && (tokens[start + 1].lower == "'s" || tokens[start + 1].lower == "’s")
            if !possessive { return nil }
        }
        var end = start
        while end < limit, end - start < maximumLength {
            let token = tokens[end]
            guard token.kind == .word || token.kind == .number, owner[end] < 0 else { break }
            let lower = token.lower
            if end > start {
                // "a statement from the ministry", "a survey by the Courier": who issued it.
                let issuer =
                    (lower == "from" || lower == "by")
                    && vocabulary.documentNouns.contains(tokens[end - 1].lower)
                if lower == "of" || lower == "for" || lower == "at" || issuer {
                    // Continue only into a capitalised or determined phrase, or after a
                    // partitive into any determiner or pronoun ("one of his aides").
                    guard end + 1 < limit,
                        tokens[end + 1].isCapitalized || tokens[end + 1].lower == "the"
                            || lower == "of" && isPartitive(at: end - 1, tokens: tokens)
                    else { break }
                    end += 1
                    continue
                }
                // After a determiner a cue word is a noun: "according to a report last week".
                if vocabulary.speakerStops.contains(lower)
                    || (vocabulary.cues[lower] != nil && !determiners.contains(tokens[end - 1].lower)
                        && !vocabulary.documentNouns.contains(lower))
                {
                    break
                }
                if lower == "who" || lower == "which" { break }
                // A verb-like word after a complete name ends the phrase ("X released ...").
                if !token.isCapitalized && tokens[end - 1].isCapitalized
                    && (lower.hasSuffix("ed") || startsPredicate(at: end, limit: limit, tokens: tokens))
                {
                    break
                }
            }
            end += 1
        }
        guard end > start else { return nil }
        // "the Pew Research Center, a nonpartisan group": an appositive after the phrase; "the
        // ministry's spokesman, Ana Lee.": a name closing the sentence after a description.
        var appositive: Range<Int>?
        if end + 1 < limit, tokens[end].text == ",", owner[end + 1] < 0 {
            var close = end + 1
            while close < limit, tokens[close].text != ",", tokens[close].text != ".", close - end < 15 {
                close += 1
            }
            if ["a", "an", "the"].contains(tokens[end + 1].lower) {
                if close < limit, tokens[close].text == "," { appositive = (end + 1)..<close }
            } else if close == limit, vocabulary.isBareName((end + 1)..<close, tokens: tokens) {
                appositive = (end + 1)..<close
            }
        }
        return SpeakerPhrase(tokens: start..<end, appositive: appositive)
    }
}
