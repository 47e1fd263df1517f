import ClaimsModel

/// Finds the attributed claims in an article: who said what, how, through which source, when.
///
/// The pipeline: ``Tokenizer`` (one scan over the UTF-8 bytes), ``SentenceSplitter`` (paragraphs,
/// headings, sentences), ``QuoteScanner`` (quotations over sentences and paragraphs),
/// ``AttributionFinder`` (cues, speakers and content), then ``ActorClassifier``,
/// ``CoreferenceResolver``, ``SourceFinder`` and ``DateResolver`` for each claim. Everything is
/// a pure function of the article and the lexicons, so extractors can run in parallel.
///
/// ```swift
/// let extraction = ClaimExtractor().extract(article)
/// for claim in extraction.claims { print(claim.actor ?? "?", claim.cue ?? "", claim.content) }
/// ```
public struct ClaimExtractor: Sendable {
    let vocabulary: ExtractionVocabulary
    let tokenizer: Tokenizer
    let scorer: ClaimScorer

    /// The standard lexicons' extractor, read once: the lists (some thousands of first names
    /// among them) take a while to read.
    private static let standard = ClaimExtractor(reading: .standard)

    /// An extractor over the standard lexicons.
    public init() {
        self = Self.standard
    }

    /// Creates an extractor over the cue, title, outlet and date lists of `lexicon`.
    public init(lexicon: Lexicon) {
        self.init(reading: lexicon)
    }

    private init(reading lexicon: Lexicon) {
        vocabulary = ExtractionVocabulary(lexicon)
        tokenizer = Tokenizer(abbreviations: vocabulary.abbreviations)
        scorer = ClaimScorer(lexicon)
    }

    /// The claims and mentions of `article`; spans are code-point offsets into its body.
    public func extract(_ article: Article) -> Extraction {
        extract(article, keepingAll: false).extraction
    }

    /// Every candidate claim of `article`, the ones the scorer rejects included, with the
    /// features it weighed: what `scripts/train-extractor` learns from.
    @_spi(Training) public func candidates(_ article: Article) -> [(claim: Claim, features: [String])] {
        let (extraction, features) = extract(article, keepingAll: true)
        return Array(zip(extraction.claims, features))
    }

    private func extract(_ article: Article, keepingAll: Bool) -> (
        extraction: Extraction, features: [[String]]
    ) {
        let body = article.body
        let tokens = tokenizer.tokens(of: body)
        guard !tokens.isEmpty else { return (Extraction(claims: [], mentions: []), []) }
        let splitter = SentenceSplitter()
        let paragraphs = splitter.paragraphs(tokens)
        let (quotations, owner) = QuoteScanner().scan(tokens, paragraphs: paragraphs)
        var finder = AttributionFinder(
            tokens: tokens, paragraphs: paragraphs, quotations: quotations, owner: owner,
            vocabulary: vocabulary)
        finder.run()

        let utf8 = Array(body.utf8)
        func text(_ range: Range<Int>) -> String {
            guard !range.isEmpty else { return "" }
            return String(
                decoding: utf8[tokens[range.lowerBound].byteStart..<tokens[range.upperBound - 1].byteEnd],
                as: UTF8.self)
        }
        func span(_ range: Range<Int>) -> TextSpan {
            TextSpan(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
        }
        let articleOutlet = article.outlet?.lowercased()
        let classifier = ActorClassifier(vocabulary: vocabulary)
        let sources = SourceFinder(vocabulary: vocabulary, classifier: classifier)
        let dates = DateResolver(vocabulary: vocabulary)
        let found = MentionFinder(vocabulary: vocabulary, classifier: classifier)
            .mentions(tokens, paragraphs: paragraphs, text: text, articleOutlet: articleOutlet)
        var abbreviations = AbbreviationFinder.abbreviations(in: tokens, text: text)
        // Built on first need: only a one-word actor asks, and hashing every word is not free.
        var wordCases: (lower: Set<String>, midSentenceCapitals: Set<String>)?
        /// A single word that cannot be a name: one the article writes in lower case, or, for
        /// a speaker before a cue, never capitalises inside a sentence (so its capital is only
        /// its place's; a "Name:" label is a name's own form), a month or weekday, an article
        /// or a word that opens clauses.
        func isCommonWord(_ word: String, beforeCue: Bool) -> Bool {
            let lower = word.lowercased()
            let cases = wordCases ?? Self.wordCases(tokens, paragraphs: paragraphs)
            wordCases = cases
            return cases.lower.contains(lower) || (beforeCue && !cases.midSentenceCapitals.contains(lower))
                || vocabulary.months[lower] != nil || vocabulary.weekdays[lower] != nil
                || vocabulary.opensClause(lower) || lower == "a" || lower == "an" || lower == "the"
        }
        var resolver = CoreferenceResolver(firstNameGenders: vocabulary.firstNameGenders)
        let sentenceStarts = Self.sentenceStarts(tokens, paragraphs: paragraphs, owner: owner)
        let headline = Self.headline(of: article, paragraphs: paragraphs, text: text)
        for mention in found where mention.kind == .person || mention.kind == .unknown {
            resolver.register(
                fullName: mention.name, confirmed: !headline.contains(mention.tokens.lowerBound))
            // The titles just before the name: "Gov. Chris Christie" holds "governor".
            var index = mention.tokens.lowerBound - 1
            var titleWords: [String] = []
            while index >= 0, tokens[index].kind == .word, vocabulary.isTitleWord(tokens[index].lower) {
                titleWords.insert(tokens[index].lower, at: 0)
                index -= 1
            }
            for office in vocabulary.offices(held: titleWords) { resolver.hold(office, by: mention.name) }
        }
        // A speaker's full name anywhere in the article completes its surname elsewhere, even
        // when the surname comes first ("Okafor said ..." in the lead, "Maya Okafor" later).
        var namedOrganizations = found.filter { $0.kind == .organization }.map {
            ($0.name, $0.tokens.lowerBound)
        }
        for attribution in finder.found {
            guard let speaker = attribution.speaker else { continue }
            let phrase = Self.withoutClosingParenthesis(speaker, tokens: tokens, abbreviations: abbreviations)
                .phrase
            let read = classifier.read(phrase, tokens: tokens, text: text, articleOutlet: articleOutlet)
            if read.isProperName, read.kind == .organization {
                namedOrganizations.append((read.name, phrase.tokens.lowerBound))
            }
            if read.isProperName, read.kind == .person || read.kind == .unknown {
                resolver.register(
                    fullName: read.name, confirmed: !headline.contains(phrase.tokens.lowerBound))
                let titleWords = (read.description ?? "").lowercased().split(separator: " ").map(String.init)
                for office in vocabulary.offices(held: titleWords) { resolver.hold(office, by: read.name) }
            }
        }

        // "S and P" after "Standard and Poor's Corp": a short form the article never defines.
        abbreviations.merge(
            AbbreviationFinder.initialisms(
                in: tokens, organizations: namedOrganizations.sorted { $0.1 < $1.1 },
                legalSuffixes: vocabulary.legalSuffixes, defined: abbreviations)
        ) { defined, _ in defined }

        resolver.sentenceStarts = sentenceStarts
        for (position, name) in Self.sentenceSubjects(
            tokens, sentenceStarts: sentenceStarts, owner: owner, text: text, resolver: resolver)
        {
            resolver.opensSentence(name, at: position)
        }
        // A name quoted inside someone's words is not a competing antecedent.
        for mention in found where mention.kind == .person && owner[mention.tokens.lowerBound] < 0 {
            resolver.named(resolver.expand(mention.name), at: mention.tokens.lowerBound)
        }
        let organizations = Self.organizationsByHead(found, abbreviations: abbreviations)
        let firms = Self.firmsByShortName(found, vocabulary: vocabulary)

        /// Whether a speaker phrase says no one holds the content ("No one knows", "Nobody said").
        func saysNoOne(_ range: Range<Int>) -> Bool {
            let first = tokens[range.lowerBound].lower
            let two = range.count > 1 ? first + " " + tokens[range.lowerBound + 1].lower : first
            return vocabulary.noOneSpeakers.contains(first) || vocabulary.noOneSpeakers.contains(two)
        }

        // The scorer keeps the candidates worth a claim and gives each its confidence.
        let featureMaker = ClaimFeatures(tokens: tokens, vocabulary: vocabulary)
        var candidates: [(attribution: Attribution, features: [String], score: Double?)] = []
        for attribution in finder.found {
            if let speaker = attribution.speaker, saysNoOne(speaker.tokens) { continue }
            let features = featureMaker.features(of: attribution)
            let score = scorer.isTrained ? scorer.score(features) : nil
            if !keepingAll, let score, score < 0 { continue }
            candidates.append((attribution, features, score))
        }

        var claims: [Claim] = []
        /// The last claim not nested in another, whose speaker an inheriting claim takes.
        var lastOwn: Claim?
        var speakerNames: [(String, ActorKind, TextSpan)] = []
        for (attribution, _, score) in candidates {
            var actor: String?
            var kind = ActorKind.unknown
            var isNamed = true
            var description: String?
            var speakerText: String?
            var speakerSpan: TextSpan?
            var reading: ActorReading?
            var ambiguousSurname = false
            if let speaker = attribution.speaker {
                var phrase = speaker
                speakerText = text(speaker.tokens)
                speakerSpan = span(speaker.tokens)
                let head = tokens[speaker.tokens.lowerBound].lower
                // "Lee, who said": the phrase before the comma. "those who argue": no one in
                // particular, never an earlier speaker.
                let relative = speaker.tokens.lowerBound
                if speaker.tokens.count == 1, head == "who" || head == "which", relative >= 2 {
                    if vocabulary.noOnePronouns.contains(tokens[relative - 1].lower) {
                        phrase = SpeakerPhrase(tokens: (relative - 1)..<relative)
                    } else if tokens[relative - 1].text == ",",
                        let antecedent = SpeakerFinder(vocabulary: vocabulary).subject(
                            before: relative, limit: 0, tokens: tokens, owner: owner)
                    {
                        phrase = SpeakerPhrase(tokens: antecedent.tokens)
                    }
                }
                var defined: String?
                (phrase, defined) = Self.withoutClosingParenthesis(
                    phrase, tokens: tokens, abbreviations: abbreviations)
                var read = classifier.read(phrase, tokens: tokens, text: text, articleOutlet: articleOutlet)
                // The name the article gave the short form, for the definition and for "The IMF
                // added" after it; never shortened again.
                let short = read.name.hasPrefix("The ") ? String(read.name.dropFirst(4)) : read.name
                if read.pronoun == nil, let full = defined ?? abbreviations[short] {
                    read.name = full
                    read.kind = .organization
                    read.isProperName = true
                    isNamed = true
                    actor = full
                    defined = full
                }
                if read.pronoun != nil, read.name == "I" {
                    // "I" outside a quotation is never someone the article names: the writer, or
                    // the speaker of a transcript or a quoted post without quotation marks (not
                    // the byline's author either). No one.
                } else if let hint = read.pronoun {
                    // A pronoun is its antecedent or no one: "it" is not an actor.
                    if let antecedent = resolver.resolve(
                        read.name, hint: hint, at: speaker.tokens.lowerBound)
                    {
                        read.name = antecedent.name
                        read.kind = antecedent.kind
                        isNamed = antecedent.isNamed
                        actor = antecedent.name
                    }
                } else if !read.isProperName, read.kind == .person || read.kind == .unknown,
                    tokens[speaker.tokens.lowerBound].lower == "the",
                    let office = vocabulary.office(
                        named: read.name.lowercased().split(separator: " ").map(String.init)),
                    let holder = resolver.holder(of: office)
                {
                    // "the governor said": the one governor the article names. Never "a
                    // spokesman", who is someone not named yet.
                    read.description = read.description ?? read.name
                    read.name = holder
                    read.kind = .person
                    actor = holder
                } else if !read.isProperName, read.kind == .organization, speaker.tokens.count == 2,
                    tokens[speaker.tokens.lowerBound].lower == "the",
                    let named = organizations[tokens[speaker.tokens.lowerBound + 1].lower],
                    named.position < speaker.tokens.lowerBound
                {
                    // "the fund said" after "the International Monetary Fund": the one body the
                    // article has named with that head noun.
                    read.description = read.description ?? read.name
                    read.name = named.name
                    read.isProperName = true
                    actor = named.name
                } else if defined != nil {
                    // Already the name the article defines for it.
                } else {
                    if read.isProperName, read.kind == .person || read.kind == .unknown,
                        let firm = firms[read.name]
                    {
                        // "Texaco said" where the article names Texaco Inc.
                        read.name = firm
                        read.kind = .organization
                    } else if read.isProperName {
                        let titleGender = Self.titleGender(phrase.tokens, tokens: tokens)
                        let full = resolver.expand(read.name, titleGender: titleGender)
                        // Only people's names are registered: "Washington" completed to
                        // "Kelvin Washington" is him, not the government.
                        if full != read.name, read.kind == .organization { read.kind = .person }
                        // "Mr. Clinton" when the one Clinton named is "she" is one of this
                        // article's people, never the archive's "Clinton".
                        ambiguousSurname =
                            titleGender != nil && full == read.name && resolver.hasFamily(read.name)
                        read.name = full
                    }
                    isNamed = read.isProperName && !ambiguousSurname
                    actor = read.name
                    if vocabulary.notActorOpeners.contains(tokens[phrase.tokens.lowerBound].lower)
                        || vocabulary.noOnePronouns.contains(tokens[phrase.tokens.lowerBound].lower)
                            && phrase.tokens.count > 1 && tokens[phrase.tokens.lowerBound + 1].lower == "who"
                        || phrase.tokens.count == 1
                            && (vocabulary.noOnePronouns.contains(tokens[phrase.tokens.lowerBound].text)
                                || Self.isContraction(tokens[phrase.tokens.lowerBound])
                                || Self.isDateline(phrase.tokens.lowerBound, tokens: tokens))
                        || (read.kind == .person || read.kind == .unknown) && !read.name.contains(" ")
                            && (read.isProperName || read.name.first?.isUppercase == true)
                            && isCommonWord(
                                read.name,
                                beforeCue: attribution.cue.map { tokens[$0.lowerBound].kind == .word }
                                    ?? false)
                    {
                        // "Tuesday", "There", "Walking", a lone "A": a word capitalised by its
                        // place, not a name; "Across Asia", "What really got me", "Let me say",
                        // "letting them know", "I don't know", a dateline "ORLANDO, Fla.": no
                        // one. No actor rather than a false one.
                        actor = nil
                        isNamed = false
                        read.kind = .unknown
                    }
                }
                reading = read
                kind = actor == nil ? .unknown : read.kind
                description = read.description
            } else if attribution.inheritsSpeaker, let last = lastOwn {
                actor = last.actor
                kind = last.actorKind
                isNamed = last.actorIsNamed
                if attribution.cue != nil {
                    speakerText = last.speakerText
                    speakerSpan = last.speakerSpan
                }
            }
            if let actor {
                // A described speaker is one a later "he" or "she" can stand for only when a
                // person noun describes it ("the reporter", "a former secretary of state"), never
                // "the appearance" or "the book".
                let animate =
                    isNamed || kind != .person
                    || actor.lowercased().split(separator: " ").contains {
                        vocabulary.isPersonNoun(String($0))
                    }
                resolver.spoke(
                    actor, kind: animate ? kind : .unknown, isNamed: isNamed,
                    at: attribution.speaker?.tokens.lowerBound ?? attribution.content.lowerBound)
            } else if let speaker = attribution.speaker,
                reading?.pronoun == nil || reading?.pronoun == .person
            {
                // Someone spoke whom we cannot name: a "she" after them is them, not whoever
                // spoke before.
                resolver.spokeUnnamed(
                    at: speaker.tokens.lowerBound, pronoun: reading?.pronoun == nil ? nil : reading?.name)
            }
            if let actor, isNamed, let speakerSpan { speakerNames.append((actor, kind, speakerSpan)) }
            let source = sources.source(
                of: attribution, actor: reading, tokens: tokens, text: text, articleOutlet: articleOutlet)
            let spoken = dates.spokenDate(attribution.adjuncts, tokens: tokens, published: article.date)
            let content = attribution.content
            let confidence = score.map(scorer.confidence) ?? RuleConfidence.of(attribution)
            var claim = Claim(
                actor: actor, actorKind: kind, actorIsNamed: isNamed, speakerText: speakerText,
                speakerSpan: speakerSpan,
                actorDescription: description, cue: attribution.cue.map(text),
                cueSpan: attribution.cue.map(span), kind: attribution.kind,
                claimClass: attribution.claimClass ?? attribution.cueEntry?.claimClass ?? .speech,
                content: text(content),
                contentSpan: span(content), source: source?.0, sourceKind: source?.1,
                date: spoken ?? article.date,
                dateBasis: spoken != nil ? .text : (article.date != nil ? .article : nil),
                mentionedDates: dates.mentionedDates(content, tokens: tokens, published: article.date),
                confidence: confidence)
            claim.contentFragments = attribution.fragments?.map(span)
            claims.append(claim)
            if !attribution.isNested { lastOwn = claim }
        }
        var mentions = found.map { mention in
            if let full = abbreviations[mention.name] {
                return Mention(name: full, kind: .organization, span: span(mention.tokens))
            }
            if mention.kind == .person || mention.kind == .unknown, let firm = firms[mention.name] {
                return Mention(name: firm, kind: .organization, span: span(mention.tokens))
            }
            return Mention(
                name: resolver.expand(mention.name), kind: mention.kind, span: span(mention.tokens))
        }
        for (name, kind, speakerSpan) in speakerNames where kind != .unknown {
            if !mentions.contains(where: { $0.span == speakerSpan }) {
                mentions.append(Mention(name: name, kind: kind, span: speakerSpan))
            }
        }
        mentions.sort { $0.span < $1.span }
        return (
            Extraction(claims: claims, mentions: mentions, abbreviations: abbreviations),
            keepingAll ? candidates.map(\.features) : []
        )
    }

    /// A speaker phrase without the parenthesis that closes it, which is never part of the name:
    /// "the International Monetary Fund (IMF)" (with the full name when the parenthesis is a
    /// short form the article defines), "Sen. Ted Cruz (R-Texas)".
    private static func withoutClosingParenthesis(
        _ phrase: SpeakerPhrase, tokens: [Token], abbreviations: [String: String]
    ) -> (phrase: SpeakerPhrase, defined: String?) {
        let last = phrase.tokens.upperBound
        guard tokens[last - 1].text == ")",
            let open = (max(phrase.tokens.lowerBound + 1, last - 6)..<last - 1).last(where: {
                tokens[$0].text == "("
            })
        else { return (phrase, nil) }
        let defined = open == last - 3 ? abbreviations[tokens[last - 2].text] : nil
        return (
            SpeakerPhrase(tokens: phrase.tokens.lowerBound..<open, appositive: phrase.appositive), defined
        )
    }
}
