import ClaimsModel

/// One attribution found in the token stream, before names and dates are resolved.
struct Attribution: Sendable {
    /// The speaker phrase as written; `nil` for a quote that continues the last speaker.
    var speaker: SpeakerPhrase?
    /// The cue as written, if any.
    var cue: Range<Int>?
    /// Token indices of the content, marks included.
    var content: Range<Int>
    var kind: ClaimKind
    /// The cue's flags.
    var cueEntry: CueEntry?
    /// Takes its speaker from the attribution before it (a cue-less quote, ", adding that").
    var inheritsSpeaker: Bool = false
    /// Tokens after the cue that name where or when it was said ("told Reuters on Tuesday").
    var adjuncts: Range<Int>?
    /// Token indices of the listener of "told X", for the source.
    var listener: Range<Int>?
    var paragraph: Int
}
