/// The word lists of `data/lexicons` that the extractor reads, parsed once into sets and tables.
struct ExtractionVocabulary: Sendable {
    var abbreviations: Set<String>
    var cues: [String: [CueEntry]]
    var cueExclusions: Set<String>
    var cueModifiers: Set<String>
    var titles: Set<String>
    /// Titles that name an office one person holds, by that office ("gov." → "governor"), from
    /// offices.txt.
    var offices: [String: String]
    /// Party words in titles, by the party they name ("gop" → "republican"), from party-words.txt.
    var parties: [String: String]
    /// Words qualifying an office, `same` or `other` (office-qualifiers.txt).
    var officeQualifiers: [String: String]
    /// Common nouns for one person (person-nouns.txt).
    var personNouns: Set<String>
    /// The gender ("f" or "m") nearly all bearers of a first name share, by lower-case name
    /// (first-names.txt).
    var firstNameGenders: [String: String]
    /// Known outlets by lower-case name, each with the name as written.
    var outlets: [String: String]
    var outletNouns: Set<String>
    var organizationWords: Set<String>
    /// Words that end a firm's legal name ("Inc", "Corp", "Ltd"), exact case.
    var legalSuffixes: Set<String>
    /// Prepositions and question words: a speaker phrase opening with one names no actor.
    var notActorOpeners: Set<String>
    var groupNouns: Set<String>
    /// Countries and capitals, lower case: as speakers they are governments.
    var places: Set<String>
    var pronouns: [String: ActorKindHint]
    /// Possessives as a whole speaker phrase ("his claim that"), with the kind they refer back
    /// to, from pronoun-speakers.txt.
    var possessivePronouns: [String: ActorKindHint]
    /// Object and generic pronouns as a whole speaker phrase ("Let me say", "if one adds"):
    /// they name no one who spoke. From pronoun-speakers.txt, lower case as written.
    var noOnePronouns: Set<String>
    /// Words that take a part of a group with "of" ("one of his aides"), from partitive-words.txt.
    var partitives: Set<String>
    /// Numbers written as words ("three", "dozens"), from number-words.txt.
    var numberWords: Set<String>
    /// Openers of a speaker phrase that says no one holds the content ("no one", "nobody"), from
    /// no-one-speakers.txt.
    var noOneSpeakers: Set<String>
    var months: [String: Int]
    var weekdays: [String: Int]
    /// Relative date phrases ("last week") by their lower-case words.
    var relativeDates: [String: (amount: Int, unit: String)]
    var speakerStops: Set<String>
    /// Words that open a "Label: text" paragraph without being a speaker ("Note", "Update").
    var colonLabels: Set<String>
    /// Words that open a clause of their own after a comma ("while", "which"), ending content.
    var clauseOpeners: Set<String>
    /// Prepositions and adverbs that open an adjunct after a noun-phrase content ("on Sunday").
    var adjunctOpeners: Set<String>
    /// Conjunctions and adverbs that may open a sentence before its subject ("But", "However").
    var sentenceOpeners: Set<String>
    /// Words that open an introductory phrase ended by a comma ("On Thursday, ...").
    var introductoryWords: Set<String>
    /// Words that open a subordinate clause before the main one ("After ..., the mayor ...").
    var subordinators: Set<String>
    /// Documents that speak for their issuer ("a statement from the ministry"), from
    /// document-nouns.txt.
    var documentNouns: Set<String>
    /// Nouns that report speech with a that-clause ("his suggestion that ..."), from
    /// reporting-nouns.txt.
    var reportingNouns: Set<String>
    /// Documents that report findings ("In a new poll, ..."), from finding-nouns.txt.
    var findingNouns: Set<String>

    /// Whether a word opens a sentence, a clause or an introductory phrase ("Now", "While",
    /// "Like"): capitalised at a sentence's start, it is still not part of a name.
    func opensClause(_ lower: String) -> Bool {
        sentenceOpeners.contains(lower) || subordinators.contains(lower) || introductoryWords.contains(lower)
    }

    /// Whether a lower-case noun names one person: "reporter", a title or office ("senator"),
    /// the singular of a group noun ("official"), a word in -man, -woman or -person.
    func isPersonNoun(_ lower: String) -> Bool {
        personNouns.contains(lower) || titles.contains(lower) || offices[lower] != nil
            || groupNouns.contains(lower + "s") || lower.hasSuffix("man") || lower.hasSuffix("woman")
            || lower.hasSuffix("person")
    }

    /// Whether a word can stand in the titles before a name or in a role noun: a title, a
    /// party word or an office qualifier ("former Republican presidential nominee").
    func isTitleWord(_ lower: String) -> Bool {
        titles.contains(lower) || parties[lower] != nil || officeQualifiers[lower] != nil
    }

    /// The office key of title words in text order (lower case), qualifiers that make another
    /// office first: "Vice President" → "vice president", "former Gov." → "former governor".
    private func officeKey(_ words: some Collection<String>) -> String? {
        guard let office = words.lazy.compactMap({ self.offices[$0] }).last else { return nil }
        let other = words.filter { officeQualifiers[$0] == "other" }
        return (other + [office]).joined(separator: " ")
    }

    /// The offices a run of title words (in text order, lower case) gives the name after it:
    /// "Gov." holds "governor"; "Republican presidential nominee" holds "candidate" and, by its
    /// party, "republican candidate".
    func offices(held titleWords: [String]) -> [String] {
        guard let key = officeKey(titleWords) else { return [] }
        guard let party = titleWords.lazy.compactMap({ parties[$0] }).first else { return [key] }
        return [key, party + " " + key]
    }

    /// The office a role noun names (lower-case words: "governor", "GOP candidate" →
    /// "republican candidate", "former governor") when every word before its office word can
    /// stand in a title.
    func office(named words: [String]) -> String? {
        guard let last = words.last, offices[last] != nil, words.dropLast().allSatisfy(isTitleWord) else {
            return nil
        }
        return offices(held: words).last  // the party's office when a party word is there
    }

    /// Whether `range` is a name alone: two to five capitalised words (initials and "Jr." among
    /// them), no title, pronoun, month or weekday ("Lou Jiwei", not "Mr. Lee" or "Monday").
    func isBareName(_ range: Range<Int>, tokens: [Token]) -> Bool {
        (2...5).contains(range.count)
            && range.allSatisfy {
                let token = tokens[$0]
                return token.kind == .word && token.isCapitalized && !titles.contains(token.lower)
                    && months[token.lower] == nil && weekdays[token.lower] == nil
                    && pronouns[token.lower] == nil
            }
    }

    /// What kind of actor a pronoun can refer back to.
    enum ActorKindHint: Sendable {
        case person, group, organization, any
    }

    init(_ lexicon: Lexicon) {
        func lowered(_ file: String) -> Set<String> {
            Set(lexicon.entries(file).map { $0.lowercased() })
        }
        abbreviations = lowered("abbreviations.txt")
        cueExclusions = lowered("cue-exclusions.txt")
        cueModifiers = lowered("cue-modifiers.txt")
        titles = lowered("titles.txt")
        offices = [:]
        for (title, office) in lexicon.table("offices.txt") { offices[title.lowercased()] = office }
        parties = [:]
        for (word, party) in lexicon.table("party-words.txt") { parties[word.lowercased()] = party }
        personNouns = lowered("person-nouns.txt")
        firstNameGenders = [:]
        for (name, gender) in lexicon.table("first-names.txt") { firstNameGenders[name] = gender }
        officeQualifiers = [:]
        for (word, kind) in lexicon.table("office-qualifiers.txt") {
            officeQualifiers[word.lowercased()] = kind
        }
        outletNouns = lowered("outlet-nouns.txt")
        organizationWords = Set(lexicon.entries("organization-words.txt"))
        legalSuffixes = Set(lexicon.entries("legal-suffixes.txt"))
        notActorOpeners = lowered("speaker-openers-not-actors.txt")
        groupNouns = lowered("group-nouns.txt")
        places = lowered("places.txt")
        speakerStops = lowered("speaker-stops.txt")
        colonLabels = lowered("colon-labels.txt")
        clauseOpeners = lowered("clause-openers.txt")
        adjunctOpeners = lowered("adjunct-openers.txt")
        sentenceOpeners = lowered("sentence-openers.txt")
        introductoryWords = lowered("introductory-words.txt")
        subordinators = lowered("subordinators.txt")
        documentNouns = lowered("document-nouns.txt")
        reportingNouns = lowered("reporting-nouns.txt")
        findingNouns = lowered("finding-nouns.txt")
        var outlets: [String: String] = [:]
        for (name, _) in lexicon.table("outlets.txt") { outlets[name.lowercased()] = name }
        self.outlets = outlets
        var cues: [String: [CueEntry]] = [:]
        for (form, flags) in lexicon.table("cues.txt") {
            let entry = CueEntry(form: form, flags: flags)
            guard let first = entry.words.first else { continue }
            cues[first, default: []].append(entry)
        }
        for key in cues.keys { cues[key]?.sort { $0.words.count > $1.words.count } }
        self.cues = cues
        func hint(_ kind: String) -> ActorKindHint {
            switch kind {
            case "person": .person
            case "group": .group
            case "organization": .organization
            default: .any
            }
        }
        var pronouns: [String: ActorKindHint] = [:]
        for (word, kind) in lexicon.table("pronouns.txt") { pronouns[word.lowercased()] = hint(kind) }
        self.pronouns = pronouns
        let speakers = lexicon.table("pronoun-speakers.txt")
        possessivePronouns = Dictionary(
            uniqueKeysWithValues: speakers.filter { $0.value != "none" }.map { ($0.key, hint($0.value)) })
        noOnePronouns = Set(speakers.filter { $0.value == "none" }.map(\.key))
        partitives = lowered("partitive-words.txt")
        numberWords = lowered("number-words.txt")
        noOneSpeakers = lowered("no-one-speakers.txt")
        var months: [String: Int] = [:]
        for (name, number) in lexicon.table("months.txt") { months[name.lowercased()] = Int(number) }
        self.months = months
        var weekdays: [String: Int] = [:]
        for (name, number) in lexicon.table("weekdays.txt") { weekdays[name.lowercased()] = Int(number) }
        self.weekdays = weekdays
        var relative: [String: (Int, String)] = [:]
        for (phrase, value) in lexicon.table("relative-dates.txt") {
            let parts = value.split(separator: " ")
            guard parts.count == 2, let amount = Int(parts[0]) else { continue }
            relative[phrase.lowercased()] = (amount, String(parts[1]))
        }
        relativeDates = relative
    }
}
