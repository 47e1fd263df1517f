/// One word, number, punctuation mark, quotation mark or line break of an article body.
///
/// Offsets are kept both in UTF-8 bytes (for scanning) and in code points (for spans).
struct Token: Sendable {
    /// What the token is.
    enum Kind: UInt8, Sendable {
        case word, number, punctuation, quote, lineBreak
    }

    /// Which way a quotation mark faces, as far as the mark itself tells.
    enum QuoteFacing: UInt8, Sendable {
        /// Not a quotation mark.
        case none
        /// “ « ``: opens a quotation.
        case opening
        /// ” »: closes a quotation.
        case closing
        /// " and '': either; the quote scanner decides from context.
        case either
    }

    var kind: Kind
    /// The first UTF-8 byte of the token in the body.
    var byteStart: Int
    /// One past the last UTF-8 byte of the token.
    var byteEnd: Int
    /// The first code point of the token in the body.
    var start: Int
    /// One past the last code point of the token.
    var end: Int
    /// The token as written (an abbreviation keeps its period: "Gen.").
    var text: String
    /// `text` with ASCII letters lowered, for lexicon look-ups.
    var lower: String
    /// Whether white space (or the start of the body) comes right before the token.
    var spaceBefore: Bool
    var facing: QuoteFacing = .none
    /// Whether the word starts with a capital letter.
    var isCapitalized: Bool = false
    /// Whether the word's own period was taken into it ("U.S.", "Brig.", "J.").
    var isAbbreviation: Bool = false

    var isWord: Bool { kind == .word }
}
