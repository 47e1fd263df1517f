/// The confidence of a claim when the scorer has no weights: a fixed rule over what the
/// attribution names.
///
/// It starts at 0.6, gains 0.2 for a named speaker and 0.1 for a direct quotation, and loses 0.2
/// when no cue was found (0.4 to 0.9). The steps are applied in this order so the sums round the
/// same way every time.
enum RuleConfidence {
    /// The confidence with no attribution evidence either way.
    static let base = 0.6
    /// Added when the attribution names its speaker.
    static let namedSpeaker = 0.2
    /// Added when the content is one quotation.
    static let directQuotation = 0.1
    /// Taken off when no cue word was found (a cue-less quote paragraph).
    static let missingCue = 0.2

    /// The rule-only confidence of `attribution`.
    static func of(_ attribution: Attribution) -> Double {
        var confidence = base
        if attribution.speaker != nil { confidence += namedSpeaker }
        if attribution.kind == .direct { confidence += directQuotation }
        if attribution.cue == nil { confidence -= missingCue }
        return confidence
    }
}
