import ClaimsModel

/// Finds the medium a claim reached the article through.
///
/// An outlet speaking ("per Tasnim", "The Geopost reported") is its own source; "told Reuters"
/// and "in an interview with CNN" name an outlet as listener; "on Twitter" or "on Fox News"
/// name the channel; "in a statement" is a statement. People listening ("told reporters",
/// "told Trump") are not sources.
struct SourceFinder: Sendable {
    let vocabulary: ExtractionVocabulary
    let classifier: ActorClassifier
    let channels: Set<String> = ["twitter", "facebook", "instagram", "youtube", "television", "radio"]

    /// The source of an attribution whose actor is `actor`.
    func source(
        of attribution: Attribution, actor: ActorReading?, tokens: [Token], text: (Range<Int>) -> String,
        articleOutlet: String?
    ) -> (String, ActorKind)? {
        if let actor, actor.kind == .outlet { return (actor.name, .outlet) }
        if let listener = attribution.listener,
            let name = outletName(listener, tokens: tokens, text: text, articleOutlet)
        {
            return (name, .outlet)
        }
        guard let adjuncts = attribution.adjuncts, !adjuncts.isEmpty else { return nil }
        var index = adjuncts.lowerBound
        while index < adjuncts.upperBound {
            let lower = tokens[index].lower
            if lower == "interview" || lower == "interviews", index + 2 < adjuncts.upperBound,
                tokens[index + 1].lower == "with"
            {
                let rest = (index + 2)..<adjuncts.upperBound
                if let run = classifier.nameRun(rest, tokens: tokens) { return (text(run), .outlet) }
            }
            if lower == "on", index + 1 < adjuncts.upperBound {
                let rest = (index + 1)..<adjuncts.upperBound
                if channels.contains(tokens[index + 1].lower) { return (tokens[index + 1].text, .outlet) }
                if let name = outletName(rest, tokens: tokens, text: text, articleOutlet) {
                    return (name, .outlet)
                }
            }
            if lower == "statement" { return ("statement", .unknown) }
            index += 1
        }
        return nil
    }

    /// The outlet named by a phrase, when it is a known outlet or has an outlet head noun.
    private func outletName(
        _ range: Range<Int>, tokens: [Token], text: (Range<Int>) -> String, _ articleOutlet: String?
    ) -> String? {
        guard let run = classifier.nameRun(range, tokens: tokens) else { return nil }
        let name = text(run)
        let lower = name.lowercased()
        if let known = vocabulary.outlets[lower] { return known }
        if lower == articleOutlet { return name }
        if run.upperBound < range.upperBound, vocabulary.outletNouns.contains(tokens[run.upperBound].lower) {
            return name
        }
        return nil
    }
}
