/// A word-level diff of two texts: the words each keeps, drops and adds, by the longest common
/// run of words, where words are compared as `StatementSketch` reads them (case, quotes and
/// punctuation do not count) and printed as written.
public enum WordDiff {
    /// One stretch of the diff.
    public enum Part: Sendable, Hashable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// The parts that turn `old` into `new`.
    public static func parts(from old: String, to new: String) -> [Part] {
        let a = tokens(old)
        let b = tokens(new)
        // Longest common subsequence over the normalised words, from the end.
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] =
                    a[i].key == b[j].key
                    ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var parts: [Part] = []
        func add(_ part: Part) {
            switch (parts.last, part) {
            case (.same(let x)?, .same(let y)): parts[parts.count - 1] = .same(x + " " + y)
            case (.removed(let x)?, .removed(let y)): parts[parts.count - 1] = .removed(x + " " + y)
            case (.added(let x)?, .added(let y)): parts[parts.count - 1] = .added(x + " " + y)
            default: parts.append(part)
            }
        }
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i].key == b[j].key {
                add(.same(b[j].text))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || lengths[i + 1][j] >= lengths[i][j + 1] {
                add(.removed(a[i].text))
                i += 1
            } else {
                add(.added(b[j].text))
                j += 1
            }
        }
        return parts
    }

    /// The diff as one line: removed words in `[-...-]`, added words in `{+...+}`.
    public static func line(_ parts: [Part]) -> String {
        parts.map { part in
            switch part {
            case .same(let text): text
            case .removed(let text): "[-" + text + "-]"
            case .added(let text): "{+" + text + "+}"
            }
        }.joined(separator: " ")
    }

    /// Whitespace-separated tokens with the normalised words they hold; a token of punctuation
    /// alone ("—") has none and is compared as written.
    private static func tokens(_ text: String) -> [(text: String, key: [UInt64])] {
        text.split(whereSeparator: \.isWhitespace).map { token in
            let text = String(token)
            let words = WordHashes.words(text, statement: true).map(\.hash)
            return (text, words.isEmpty ? [WordHashes.hash(text) ^ 1] : words)
        }
    }
}
