/// A sketch of an article body's word sequences, to find other files of one article (a page's
/// `.txt` beside its `.html`, a re-crawl) and wire copies of one story on other sites.
///
/// The body's words (letters and digits, case folded) are taken five at a time ("shingles");
/// one-permutation MinHash keeps, in each of 64 buckets, the least hash of the shingles that
/// fall there, so two bodies agree in about as many buckets as the share of shingles they have
/// in common. Sixteen bands of four buckets are the index keys: two bodies that share most of
/// their shingles almost surely share a band (four in five shingles shared: 99.98 %), two that
/// share a fifth rarely do (2.5 %). A shared band is only a candidate; the bodies themselves
/// decide (`BodyComparison`).
struct BodyFingerprint: Sendable, Hashable {
    static let buckets = 64
    static let bands = 16
    /// Words per shingle: long enough that common phrases are rare, short enough that an edit
    /// changes few shingles.
    static let shingleWords = 5

    /// The index key of each band: the band's number and its four minima, hashed to 31 bits
    /// (SQLite stores them in four bytes; a chance collision only adds a candidate).
    let bandKeys: [Int64]

    /// The sketch of `body`; `nil` when it has too few words to compare (fewer than 20
    /// shingles), since a brief of a sentence or two is not told apart from another by its words.
    init?(_ body: String) {
        let shingles = Self.shingleHashes(body)
        guard shingles.count >= 20 else { return nil }
        var minima = [UInt64](repeating: .max, count: Self.buckets)
        for hash in shingles {
            let bucket = Int(hash >> 58)
            minima[bucket] = min(minima[bucket], hash & 0x03FF_FFFF_FFFF_FFFF)
        }
        // An empty bucket borrows from the next filled one, moved by its distance, so two bodies
        // that agree there still agree (densification).
        for bucket in 0..<Self.buckets where minima[bucket] == .max {
            var step = 1
            while minima[(bucket + step) % Self.buckets] == .max { step += 1 }
            minima[bucket] = scramble(minima[(bucket + step) % Self.buckets] &+ UInt64(step)) | 1 << 63
        }
        let rows = Self.buckets / Self.bands
        bandKeys = (0..<Self.bands).map { band in
            var hash = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
            for row in 0..<rows { hash = scramble(hash ^ minima[band * rows + row]) }
            return Int64(hash >> 33)
        }
    }

    /// The hash of every shingle of `body`, in order (repeats included).
    static func shingleHashes(_ body: String) -> [UInt64] {
        WordHashes.shingles(WordHashes.words(body).map(\.hash), size: shingleWords)
    }
}

/// SplitMix64's finaliser: spreads every input bit over the whole word.
func scramble(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}
