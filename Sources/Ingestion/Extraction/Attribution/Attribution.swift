import ClaimsModel

/// One attribution found in the token stream, before names and dates are resolved.
struct Attribution: Sendable {
    /// The speaker phrase as written; `nil` for a quote that continues the last speaker.
    var speaker: SpeakerPhrase?
    /// The cue as written, if any.
    var cue: Range<Int>?
    /// Token indices of the content, marks included.
    var content: Range<Int>
    /// Token ranges inside `content` that the article puts between its pieces (the ", she said,"
    /// of an interrupted quotation), in order; empty when the content is one unbroken run.
    var interruptions: [Range<Int>] = []
    var kind: ClaimKind
    /// The cue's flags.
    var cueEntry: CueEntry?
    /// The act reported, where the strategy knows it better than the cue (a poll's finding).
    var claimClass: ClaimClass?
    /// Takes its speaker from the attribution before it (a cue-less quote, ", adding that").
    var inheritsSpeaker: Bool = false
    /// Found inside the words of another claim or sentence ("his suggestion that C"); later
    /// claims never take their speaker from it.
    var isNested: Bool = false
    /// Tokens after the cue that name where or when it was said ("told Reuters on Tuesday").
    var adjuncts: Range<Int>?
    /// Token indices of the listener of "told X", for the source.
    var listener: Range<Int>?
    var paragraph: Int
}

extension Attribution {
    /// The token ranges of the content's pieces with the interruptions left out, in order; `nil`
    /// when nothing interrupts it.
    var fragments: [Range<Int>]? {
        var pieces: [Range<Int>] = []
        var start = content.lowerBound
        for gap in interruptions.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let lower = max(gap.lowerBound, start)
            let upper = min(gap.upperBound, content.upperBound)
            guard lower < upper else { continue }
            if start < lower { pieces.append(start..<lower) }
            start = upper
        }
        if start < content.upperBound { pieces.append(start..<content.upperBound) }
        return pieces.count > 1 ? pieces : nil
    }
}
