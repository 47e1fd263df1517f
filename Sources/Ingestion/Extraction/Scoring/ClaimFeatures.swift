/// The features of one candidate attribution that ``ClaimScorer`` weighs: the cue and its
/// neighbours, the speaker's shape, the content's opening and length. Pairs of the cue with the
/// others were tried and dropped: they fit the train split and lost on dev.
///
/// Features are plain strings ("cue=said", "next=that") so the weights can live in a text file
/// and the training script can read them as printed by `claims extract --candidate-features`.
struct ClaimFeatures {
    let tokens: [Token]
    let vocabulary: ExtractionVocabulary

    func features(of attribution: Attribution) -> [String] {
        var features = ["bias"]
        let cue = attribution.cue.map(cueWords) ?? "<none>"
        let kind = attribution.kind.rawValue
        let speaker = speakerShape(attribution)
        let content = attribution.content
        let first = content.isEmpty ? "<empty>" : word(content.lowerBound)
        features += [
            "cue=\(cue)", "kind=\(kind)", "spk=\(speaker)", "len=\(lengthBucket(content.count))",
            "first=\(first)", "kind+spk=\(kind)+\(speaker)",
            "kind+len=\(kind)+\(lengthBucket(content.count))",
        ]
        if let range = attribution.cue {
            let before = range.lowerBound > 0 ? word(range.lowerBound - 1) : "<start>"
            let after = range.upperBound < tokens.count ? word(range.upperBound) : "<end>"
            features += [
                "prev=\(before)", "next=\(after)",
                "order=\(range.lowerBound < content.lowerBound ? "cue-first" : "content-first")",
            ]
            if tokens[range.lowerBound].isCapitalized { features.append("cue-capitalized") }
        }
        if let entry = attribution.cueEntry {
            if entry.takesNounPhrase { features.append("flag=np") }
            if entry.isBare { features.append("flag=bare") }
            if entry.isParticiple { features.append("flag=part") }
            if entry.isPreposition { features.append("flag=prep") }
        }
        if attribution.isNested { features.append("nested") }
        if attribution.inheritsSpeaker { features.append("inherits") }
        if !attribution.interruptions.isEmpty { features.append("interrupted") }
        if let last = content.last, content.count > 1, tokens[last].kind == .quote {
            features.append("ends-in-quote")
        }
        return features
    }

    /// The cue's words in lower case without the auxiliaries and adverbs before its head.
    private func cueWords(_ range: Range<Int>) -> String {
        var words: [String] = []
        for index in range where tokens[index].kind == .word {
            let lower = tokens[index].lower
            if words.isEmpty,
                vocabulary.cueModifiers.contains(lower) || lower == "is" || lower == "are"
                    || lower == "was" || lower == "were"
            {
                continue
            }
            words.append(lower)
        }
        return words.isEmpty ? "<none>" : words.joined(separator: " ")
    }

    private func speakerShape(_ attribution: Attribution) -> String {
        guard let speaker = attribution.speaker, !speaker.tokens.isEmpty else {
            return attribution.inheritsSpeaker ? "inherited" : "none"
        }
        let head = tokens[speaker.tokens.lowerBound]
        if speaker.tokens.count == 1, ["who", "which", "that"].contains(head.lower) { return "relative" }
        if vocabulary.pronouns[head.lower] != nil {
            return speaker.tokens.count == 1 ? "pronoun" : "possessive"
        }
        let capitalized = speaker.tokens.filter { tokens[$0].isCapitalized }.count
        if capitalized == speaker.tokens.count { return "name" }
        if capitalized > 0 { return "mixed" }
        return "common"
    }

    /// A word lowered, or the class of a non-word token; never a tab or a leading `#`.
    private func word(_ index: Int) -> String {
        let token = tokens[index]
        switch token.kind {
        case .word: return token.lower
        case .number: return "<number>"
        case .quote: return "<quote>"
        case .lineBreak: return "<break>"
        case .punctuation: return token.text == "#" ? "<hash>" : token.text
        }
    }

    private func lengthBucket(_ count: Int) -> String {
        switch count {
        case ..<2: return "1"
        case ..<4: return "2-3"
        case ..<7: return "4-6"
        case ..<13: return "7-12"
        case ..<26: return "13-25"
        default: return "26+"
        }
    }
}
