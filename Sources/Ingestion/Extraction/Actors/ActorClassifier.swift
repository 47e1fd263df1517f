import ClaimsModel

/// Reads a speaker phrase into an actor: name, kind (person, organisation, group, outlet) and
/// description, from the lexicons and the phrase's own shape.
///
/// "Iranian Defense Minister Brig. Gen. Aziz Nasirzadeh" is the person "Aziz Nasirzadeh" (titles
/// stripped); "the hardline Tasnim news agency" is the outlet "Tasnim" (an outlet head noun);
/// "Kosovo's Security Council" is an organisation (an organisation word); "two officials familiar
/// with the talks" is a group (a plural head or a number).
struct ActorClassifier: Sendable {
    let vocabulary: ExtractionVocabulary

    /// The actor of `phrase`; `articleOutlet` (lower case) counts as a known outlet.
    func read(_ phrase: SpeakerPhrase, tokens: [Token], text: (Range<Int>) -> String, articleOutlet: String?)
        -> ActorReading
    {
        // "The finance minister, Lou Jiwei, said": a name set beside a description names who
        // speaks; the description describes them.
        if let appositive = phrase.appositive, vocabulary.isBareName(appositive, tokens: tokens) {
            let described = read(
                SpeakerPhrase(tokens: phrase.tokens), tokens: tokens, text: text, articleOutlet: articleOutlet
            )
            if !described.isProperName, described.pronoun == nil {
                var named = read(
                    SpeakerPhrase(tokens: appositive), tokens: tokens, text: text,
                    articleOutlet: articleOutlet)
                if named.isProperName, named.kind == .person {
                    named.description = text(phrase.tokens)
                    return named
                }
            }
        }
        let range = phrase.tokens
        var description: String?
        if let appositive = phrase.appositive, !appositive.isEmpty,
            !["who", "which", "whose"].contains(tokens[appositive.lowerBound].lower)
        {
            description = text(appositive)
        }
        if range.count == 1,
            let hint = vocabulary.pronouns[tokens[range.lowerBound].lower]
                ?? vocabulary.possessivePronouns[tokens[range.lowerBound].lower]
        {
            return ActorReading(
                name: tokens[range.lowerBound].text, kind: kind(of: hint), description: description,
                pronoun: hint,
                isProperName: false)
        }
        // "a spokeswoman for the ministry": a described person, not the ministry.
        var head = range.upperBound - 1
        for index in range
        where ["of", "for", "at", "from", "with", "by", "in", "who"].contains(tokens[index].lower) {
            // A common noun opening the sentence is capitalised by its place ("Officials in Kyiv").
            if index > range.lowerBound,
                !tokens[index - 1].isCapitalized
                    || index - 1 == range.lowerBound
                        && vocabulary.groupNouns.contains(tokens[index - 1].lower)
            {
                head = index - 1
            } else if let person = affiliated(range.lowerBound..<index, tokens: tokens, text: text) {
                // "Dan Reyes at the Tribune": a named person and where they work.
                var reading = read(
                    SpeakerPhrase(tokens: person, appositive: nil), tokens: tokens, text: text,
                    articleOutlet: articleOutlet)
                if reading.kind == .person, reading.isProperName {
                    reading.description = description ?? text(index..<range.upperBound)
                    return reading
                }
            }
            break
        }
        if let issuer = issuer(of: range, head: head, tokens: tokens) {
            var reading = read(issuer, tokens: tokens, text: text, articleOutlet: articleOutlet)
            reading.description = reading.description ?? text(range)
            return reading
        }
        if head != range.upperBound - 1 {
            return described(range, head: head, tokens: tokens, text: text, description: description)
        }
        guard let run = nameRun(range, tokens: tokens),
            // "Many Democrats said": a quantity of people, not a name.
            !(run.count >= 2 && Self.quantifiers.contains(tokens[run.lowerBound].lower))
        else {
            return described(range, head: head, tokens: tokens, text: text, description: description)
        }
        let after = run.upperBound..<range.upperBound
        let before = range.lowerBound..<run.lowerBound
        // Strip titles: the name starts after the last title word. An organisation's name keeps
        // them ("the State Department", "the Defense Ministry").
        var nameStart = run.lowerBound
        let namesOrganization = vocabulary.organizationWords.contains(tokens[run.upperBound - 1].text)
        for index in run
        where index < run.upperBound - 1 && isTitle(tokens[index]) && !namesOrganization {
            nameStart = index + 1
        }
        while nameStart < run.upperBound - 1,
            tokens[nameStart].lower == "'s" || vocabulary.opensClause(tokens[nameStart].lower)
        {
            nameStart += 1
        }
        let titleEnd = nameStart
        var name = text(nameStart..<run.upperBound)
        // "The Valley Gazette said": the article is not part of the name, unless a known outlet
        // is written with it ("The Geopost").
        if tokens[nameStart].text == "The", nameStart + 1 < run.upperBound,
            vocabulary.outlets[name.lowercased()] == nil
        {
            nameStart += 1
            name = text(nameStart..<run.upperBound)
        }
        let lowerName = name.lowercased()
        let afterWords = after.map { tokens[$0].lower }
        let afterPhrase = afterWords.joined(separator: " ")
        if !after.isEmpty {
            if vocabulary.outletNouns.contains(afterPhrase)
                || afterWords.last.map(vocabulary.outletNouns.contains) == true
            {
                return ActorReading(
                    name: name, kind: .outlet, description: description ?? text(range), pronoun: nil,
                    isProperName: true)
            }
            return described(
                range, head: range.upperBound - 1, tokens: tokens, text: text, description: description)
        }
        let modifiers = before.filter { !["the", "a", "an"].contains(tokens[$0].lower) }
        if description == nil, let first = modifiers.first, let last = modifiers.last {
            description = text(first..<(last + 1))
        } else if description == nil, titleEnd > run.lowerBound {
            // "Transport Minister Lena Ostrova": the title describes her.
            description = text(run.lowerBound..<titleEnd)
        }
        var kind = ActorKind.person
        let beforeWords = before.map { tokens[$0].lower }
        if vocabulary.outlets[lowerName] != nil || lowerName == articleOutlet
            || beforeWords.contains(where: vocabulary.outletNouns.contains)
            || (run.count >= 2 && vocabulary.outletNouns.contains(tokens[run.upperBound - 1].lower))
        {
            kind = .outlet
        } else if (nameStart..<run.upperBound).contains(where: {
            // The name's own words: a title's ("Fed Governor Ana Ruiz") do not count.
            vocabulary.organizationWords.contains(tokens[$0].text) || tokens[$0].lower == "and"
                || tokens[$0].text == "&"
        }) || namesGovernmentOrFirm(name) {
            kind = .organization
            if nameStart == run.upperBound - 1, vocabulary.organizationWords.contains(tokens[nameStart].text)
            {
                // "the Ministry said": a common noun capitalised, not a name.
                return ActorReading(
                    name: tokens[nameStart].lower, kind: .organization, description: description,
                    pronoun: nil, isProperName: false)
            }
        } else if nameStart == run.upperBound - 1, isTitle(tokens[nameStart]) {
            // "the President said": an office, not a name.
            return ActorReading(
                name: tokens[nameStart].lower, kind: .person, description: description, pronoun: nil,
                isProperName: false)
        } else if nameStart == run.upperBound - 1,
            vocabulary.groupNouns.contains(tokens[nameStart].lower)
                || (tokens[nameStart].lower.hasSuffix("men") && nameStart == range.lowerBound)
                || Self.namesPeopleOfAPlace(tokens[nameStart].lower)
        {
            // "Analysts warn": a capitalised common noun at the start of a sentence ("MPs" keeps
            // its capitals). "Russians", "Europeans", "Republicans", "the Tories": people of a
            // country, a region or a party, capitalised wherever they stand.
            let word = tokens[nameStart]
            return ActorReading(
                name: word.text.dropFirst().contains(where: \.isUppercase)
                    || Self.namesPeopleOfAPlace(word.lower) || nameStart > run.lowerBound
                    ? word.text : word.lower,
                kind: .group, description: description, pronoun: nil,
                isProperName: false)
        }
        return ActorReading(
            name: name, kind: kind, description: description, pronoun: nil, isProperName: true)
    }

    /// The name before "at", "of" or "from" when it is a person's ("Dan Reyes" in "Dan Reyes at
    /// the Tribune"): two or three capitalised words, none a title or an organisation's word, so
    /// "Bank of England" and "Secretary of State" stay whole; `nil` otherwise.
    private func affiliated(_ front: Range<Int>, tokens: [Token], text: (Range<Int>) -> String) -> Range<Int>?
    {
        guard (2...3).contains(front.count), front.upperBound < tokens.count,
            ["at", "of", "from", "in"].contains(tokens[front.upperBound].lower),
            front.allSatisfy({
                tokens[$0].kind == .word && tokens[$0].isCapitalized && !isTitle(tokens[$0])
                    && !vocabulary.organizationWords.contains(tokens[$0].text)
                    && !vocabulary.outletNouns.contains(tokens[$0].lower)
                    && !vocabulary.places.contains(tokens[$0].lower)
            }),
            !namesGovernmentOrFirm(text(front))
        else { return nil }
        return front
    }

    /// Who issued the document a phrase names: "a statement from the finance ministry" → "the
    /// finance ministry", "the museum's annual report" → "the museum"; `nil` for anything else.
    private func issuer(of range: Range<Int>, head: Int, tokens: [Token]) -> SpeakerPhrase? {
        guard vocabulary.documentNouns.contains(tokens[head].lower) else { return nil }
        if head + 2 < range.upperBound, ["from", "by", "of"].contains(tokens[head + 1].lower) {
            return SpeakerPhrase(tokens: (head + 2)..<range.upperBound)
        }
        if let possessive = (range.lowerBound..<head).first(where: {
            ["'s", "’s"].contains(tokens[$0].lower)
        }),
            possessive > range.lowerBound
        {
            // "today's communique", "Monday's report": a time, not who issued it.
            let before = tokens[possessive - 1].lower
            if possessive - range.lowerBound == 1,
                vocabulary.weekdays[before] != nil || vocabulary.months[before] != nil
                    || ["today", "yesterday", "tomorrow"].contains(before)
            {
                return nil
            }
            return SpeakerPhrase(tokens: range.lowerBound..<possessive)
        }
        return nil
    }

    /// A place speaking for its government ("Japan said"), a bank's one-word name
    /// ("Bundesbank") or an acronym ("SEC", "USAir"): none of them is how a person is named.
    private func namesGovernmentOrFirm(_ name: String) -> Bool {
        let lower = name.lowercased()
        if vocabulary.places.contains(lower) { return true }
        guard !name.contains(" ") else { return false }
        if lower.count > 5, lower.hasSuffix("bank") { return true }
        // Two capitals open an acronym; a person's name has a small second letter ("McCain").
        // A plural acronym ("MPs") counts people.
        let letters = name.filter(\.isLetter)
        let plural = letters.last == "s" && letters.dropLast().allSatisfy(\.isUppercase)
        return letters.count >= 2 && letters.prefix(2).allSatisfy(\.isUppercase) && !plural
    }

    /// Whether a plural names the people of a country, region or party by its suffix ("Russians",
    /// "Europeans", "Koreans", "Republicans"); surnames hardly ever end so ("Means" does not).
    private static func namesPeopleOfAPlace(_ lower: String) -> Bool {
        ["ians", "icans", "peans", "reans"].contains(where: lower.hasSuffix)
    }

    /// Words that count people rather than name them: a phrase they open is a group.
    private static let quantifiers: Set<String> = [
        "two", "three", "four", "five", "several", "many", "some", "other", "most", "few", "all", "both",
    ]

    private func isTitle(_ token: Token) -> Bool {
        vocabulary.titles.contains(token.lower)
    }

    /// The last run of capitalised words in `range` ("Kosovo's Security Council").
    func nameRun(_ range: Range<Int>, tokens: [Token]) -> Range<Int>? {
        var end = range.upperBound
        while end > range.lowerBound, !isNamePart(tokens[end - 1]) { end -= 1 }
        guard end > range.lowerBound else { return nil }
        var start = end - 1
        while start > range.lowerBound {
            let previous = tokens[start - 1]
            if isNamePart(previous) {
                start -= 1
            } else if previous.lower == "'s" || previous.lower == "’s" || previous.lower == "of"
                || previous.lower == "de" || previous.lower == "al", start - 2 >= range.lowerBound,
                isNamePart(tokens[start - 2])
            {
                start -= 1
            } else if previous.lower == "and" || previous.text == "&", start - 2 >= range.lowerBound,
                isNamePart(tokens[start - 2]),
                (tokens[start - 2].text.count == 1 && tokens[start].text.count == 1)
                    || vocabulary.organizationWords.contains(tokens[end - 1].text)
            {
                // "S and P", "Sears, Roebuck and Co": a firm's name joined by "and"; a person's
                // name never is, so two people ("Smith and Jones") stay apart.
                start -= 1
            } else {
                break
            }
        }
        // A lone capitalised determiner is not a name.
        if end - start == 1, ["the", "a", "an"].contains(tokens[start].lower) { return nil }
        return start..<end
    }

    private func isNamePart(_ token: Token) -> Bool {
        token.kind == .word && token.isCapitalized
    }

    /// A phrase with a common-noun head: the actor is the phrase itself, minus its article.
    private func described(
        _ range: Range<Int>, head: Int, tokens: [Token], text: (Range<Int>) -> String, description: String?
    ) -> ActorReading {
        var start = range.lowerBound
        if range.count > 1, ["the", "a", "an"].contains(tokens[start].lower) { start += 1 }
        let headWord = tokens[head].lower
        var kind = ActorKind.person
        if vocabulary.outletNouns.contains(headWord) {
            kind = .outlet
        } else if vocabulary.documentNouns.contains(headWord) {
            // "a new poll", "the Suffolk poll": the document speaks for whoever made it.
            kind = .document
        } else if (range.lowerBound...head).contains(where: {
            vocabulary.groupNouns.contains(tokens[$0].lower)
        })
            || tokens[range.lowerBound].kind == .number
            // "the two", "The three": a number of people ("one" is one of them).
            || vocabulary.numberWords.contains(headWord) && headWord != "one"
            || Self.quantifiers.contains(tokens[range.lowerBound].lower)
            || !tokens[head].isCapitalized && Self.isRegularPlural(headWord)
        {
            kind = .group
        } else if vocabulary.organizationWords.contains(tokens[head].text)
            || vocabulary.organizationWords.contains(capitalized(headWord))
        {
            kind = .organization
        }
        return ActorReading(
            name: text(start..<range.upperBound), kind: kind, description: description, pronoun: nil,
            isProperName: false)
    }

    /// Whether a lower-case noun has the regular plural ending ("dockers", "the protesters"):
    /// several people, not one. Singulars ending in "s" ("boss", "virus", "analysis",
    /// "politics", "news") are left out by their endings.
    static func isRegularPlural(_ word: String) -> Bool {
        guard word.utf8.count > 3, word.hasSuffix("s"), word.allSatisfy(\.isLetter) else { return false }
        return !["ss", "us", "is", "ics", "ews"].contains(where: { word.hasSuffix($0) })
            && !["series", "species"].contains(word)
    }

    private func capitalized(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    private func kind(of hint: ExtractionVocabulary.ActorKindHint) -> ActorKind {
        switch hint {
        case .person: .person
        case .group: .group
        case .organization: .organization
        case .any: .unknown
        }
    }
}
