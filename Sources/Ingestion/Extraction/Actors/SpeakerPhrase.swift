/// The noun phrase of a speaker as written, with the appositive that describes it, if any.
struct SpeakerPhrase: Sendable {
    /// Token indices of the phrase: "Bucharest-based ... student Chloe Poorkazemi", "he".
    var tokens: Range<Int>
    /// Token indices of an appositive between commas: "an Iranian-Swedish dentist in Belgrade".
    var appositive: Range<Int>?
}
