/// Empties `<script>` and `<style>` elements before parsing, keeping JSON-LD scripts.
///
/// Half the bytes of a news page are scripts and style sheets that the reader never looks at;
/// the HTML parser would still copy them into the tree. The scan follows the parser's own rule
/// for these raw-text elements (they end at the first `</script` or `</style`, any case) and
/// steps over comments, so it removes exactly what the parser would have put in them.
///
/// - Complexity: O(n) in the number of bytes.
enum ScriptRemover {
    /// The page with the content of its scripts (except `application/ld+json`) and styles removed.
    static func strip(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count / 2)
        bytes.withUnsafeBufferPointer { page in
            let count = page.count
            var copied = 0
            var index = 0
            while index < count {
                guard page[index] == UInt8(ascii: "<") else {
                    index += 1
                    continue
                }
                if matches(page, index + 1, "!--") {
                    index = find(page, "-->", from: index + 4).map { $0 + 3 } ?? count
                    continue
                }
                let name: String
                if matches(page, index + 1, "script"), endsName(page, index + 7) {
                    name = "script"
                } else if matches(page, index + 1, "style"), endsName(page, index + 6) {
                    name = "style"
                } else {
                    index += 1
                    continue
                }
                guard let tagEnd = find(page, ">", from: index) else { break }
                let keep = name == "script" && contains(page, "ld+json", from: index, to: tagEnd)
                let close = findClose(page, name, from: tagEnd + 1) ?? count
                if !keep {
                    output.append(contentsOf: page[copied...tagEnd])
                    copied = close
                }
                index = close
            }
            if copied < count { output.append(contentsOf: page[copied..<count]) }
        }
        return output
    }

    /// Whether the bytes at `index` spell `word` in any ASCII case.
    private static func matches(_ page: UnsafeBufferPointer<UInt8>, _ index: Int, _ word: StaticString)
        -> Bool
    {
        let length = word.utf8CodeUnitCount
        guard index + length <= page.count else { return false }
        let letters = word.utf8Start
        for offset in 0..<length where page[index + offset] | 0x20 != letters[offset] | 0x20 {
            // `| 0x20` folds letters; the non-letters compared ("!", "-") are unchanged by it.
            return false
        }
        return true
    }

    /// Whether a tag name ends at `index` (white space, `>` or `/`).
    private static func endsName(_ page: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index < page.count else { return false }
        let byte = page[index]
        return byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    /// The first index of `needle` at or after `start`.
    private static func find(_ page: UnsafeBufferPointer<UInt8>, _ needle: StaticString, from start: Int)
        -> Int?
    {
        let first = needle.utf8Start[0]
        var index = start
        while index < page.count {
            if page[index] == first, matches(page, index, needle) { return index }
            index += 1
        }
        return nil
    }

    /// The index of the `</name` that closes a raw-text element opened before `start`.
    private static func findClose(_ page: UnsafeBufferPointer<UInt8>, _ name: String, from start: Int) -> Int?
    {
        var index = start
        while index + 1 < page.count {
            if page[index] == UInt8(ascii: "<"), page[index + 1] == UInt8(ascii: "/") {
                let found =
                    name == "script" ? matches(page, index + 2, "script") : matches(page, index + 2, "style")
                if found { return index }
            }
            index += 1
        }
        return nil
    }

    private static func contains(
        _ page: UnsafeBufferPointer<UInt8>, _ needle: StaticString, from start: Int, to end: Int
    ) -> Bool {
        let length = needle.utf8CodeUnitCount
        var index = start
        while index + length <= end {
            if matches(page, index, needle) { return true }
            index += 1
        }
        return false
    }
}
