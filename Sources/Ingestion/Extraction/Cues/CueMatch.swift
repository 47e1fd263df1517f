/// A cue found in the text: the tokens it covers and the entry it matched.
struct CueMatch: Sendable {
    /// Token indices of the cue as written, auxiliaries included ("has expressed concern about").
    var tokens: Range<Int>
    /// Where the matched entry itself starts, after any auxiliary.
    var headStart: Int
    var entry: CueEntry
}
