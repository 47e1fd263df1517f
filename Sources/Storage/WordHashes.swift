/// The words of a text as hashes, and their shingles: the one word scanner behind both article
/// sketches (`BodyFingerprint`) and statement sketches (`StatementSketch`).
///
/// A word is a run of ASCII letters and digits (case folded) and non-ASCII bytes. Statement
/// mode also reads punctuation outside ASCII the way a reader does: curly quotes, guillemets,
/// dashes, an ellipsis and a no-break space end a word, and an apostrophe, straight or curly,
/// is dropped inside one ("don't", "don’t" and "dont" are one word); it also marks where a
/// clause begins (after , ; : . ! ? a dash, a quotation mark or an ellipsis) and gives each
/// word a crude stem ("raise", "raised", "raises", "raising": "rais"). Body mode keeps the scan
/// the stored band keys were made with.
enum WordHashes {
    struct Word: Hashable {
        var hash: UInt64
        /// The hash of the word without a common ending (-ing, -ed, -es, -s, -e); statement
        /// mode only, else the hash.
        var stem: UInt64
        /// The word holds a digit ("2024"; "3.5" gives "3" and "5").
        var hasDigit: Bool
        /// Punctuation that ends a clause comes before the word (or it is the first).
        var startsClause: Bool
    }

    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The words of `text`, in order.
    static func words(_ text: String, statement: Bool = false) -> [Word] {
        var words: [Word] = []
        var word = seed
        var inWord = false
        var digit = false
        var clause = true
        // The hash before each of the last three bytes, and those bytes, for the stem.
        var before: (UInt64, UInt64, UInt64) = (seed, seed, seed)
        var last: (UInt8, UInt8, UInt8) = (0, 0, 0)
        var length = 0
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            func end(clauseBreak: Bool) {
                if inWord {
                    var stem = word
                    if statement {
                        if length >= 6 && last == (0x69, 0x6E, 0x67) {
                            stem = before.2
                        } else if length >= 5 && (last.1 == 0x65 && (last.2 == 0x64 || last.2 == 0x73)) {
                            stem = before.1
                        } else if length >= 4 && ((last.2 == 0x73 && last.1 != 0x73) || last.2 == 0x65) {
                            stem = before.0
                        }
                    }
                    words.append(Word(hash: word, stem: stem, hasDigit: digit, startsClause: clause))
                    clause = false
                }
                if clauseBreak { clause = true }
                word = seed
                inWord = false
                digit = false
                length = 0
                last = (0, 0, 0)
            }
            while index < count {
                let byte = bytes[index]
                if statement && byte >= 0x80 {
                    // U+2018/2019 (apostrophes) are skipped; U+2010-2015 (dashes), U+201C-201F
                    // (quotation marks), U+2026 (ellipsis) end a clause, U+00A0 (no-break space),
                    // U+00AB, U+00BB (guillemets) a word.
                    if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80 {
                        let third = bytes[index + 2]
                        if third == 0x98 || third == 0x99 {
                            index += 3
                            continue
                        }
                        if (0x90...0x95).contains(third) || (0x9C...0x9F).contains(third) || third == 0xA6 {
                            end(clauseBreak: true)
                            index += 3
                            continue
                        }
                    }
                    if byte == 0xC2, index + 1 < count, [0xA0, 0xAB, 0xBB].contains(bytes[index + 1]) {
                        end(clauseBreak: bytes[index + 1] != 0xA0)
                        index += 2
                        continue
                    }
                }
                if statement && byte == 0x27 {
                    index += 1
                    continue
                }
                // ASCII letters and digits, and every byte of a non-ASCII letter, make words.
                let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                let isDigit = byte >= 0x30 && byte <= 0x39
                if (lowered >= 0x61 && lowered <= 0x7A) || isDigit || byte >= 0x80 {
                    if statement {
                        before = (word, before.0, before.1)
                        last = (last.1, last.2, lowered)
                        length += 1
                    }
                    word = (word ^ UInt64(lowered)) &* prime
                    inWord = true
                    digit = digit || isDigit
                } else {
                    // , . ; : ! ? " ( ) end a clause; a point or comma inside a figure does not.
                    let isBreak =
                        statement
                        && (byte == 0x2C || byte == 0x2E || byte == 0x3B || byte == 0x3A || byte == 0x21
                            || byte == 0x3F || byte == 0x22 || byte == 0x28 || byte == 0x29)
                        && !(digit && index + 1 < count && bytes[index + 1] >= 0x30
                            && bytes[index + 1] <= 0x39)
                    end(clauseBreak: isBreak)
                }
                index += 1
            }
            end(clauseBreak: false)
        }
        return words
    }

    /// The hash of a single word as `words` makes it (for word lists such as stopwords).
    static func hash(_ word: String) -> UInt64 {
        words(word, statement: true).first?.hash ?? seed
    }

    /// The hash of every run of `size` words, in order; none when there are fewer words.
    static func shingles(_ words: [UInt64], size: Int) -> [UInt64] {
        guard words.count >= size else { return [] }
        return (0...(words.count - size)).map { start in
            var hash: UInt64 = 0
            for offset in 0..<size { hash = scramble(hash &+ words[start + offset]) }
            return hash
        }
    }
}
