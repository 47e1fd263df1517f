import ClaimsModel

/// Reads a saved web page: its metadata and its main text.
///
/// The bytes are decoded to UTF-8 by their declared charset, parsed by libxml2's HTML parser,
/// searched for metadata (JSON-LD, OpenGraph, `<meta>`, `<time>`, canonical link, page text, in
/// that order of trust) and for the article text, which becomes the body: paragraphs and
/// sub-headings in page order, separated by blank lines.
public struct HTMLReader: Sendable {
    private let lists: HTMLWordLists

    /// A reader using the `html-*.txt` word lists of `lexicon`.
    public init(lexicon: Lexicon = .standard) {
        lists = HTMLWordLists(lexicon: lexicon)
    }

    /// The article in the page `bytes`, keyed by `key`; `servedCharset` is the charset the page
    /// was served with (an HTTP header's), used when the page is not UTF-8 and declares none.
    ///
    /// Fails when the bytes are empty, binary, or hold no article text.
    public func read(_ bytes: [UInt8], key: String, servedCharset: String? = nil) throws(ReadFailure)
        -> Article
    {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .empty
        }
        if HTMLReader.looksBinary(bytes) { throw .binary(expected: .html) }
        let (utf8, _) = CharsetDetector.utf8(bytes, servedCharset: servedCharset)
        guard let document = HTMLDocument(utf8: ScriptRemover.strip(utf8)) else {
            throw .unparsableHTML
        }
        var article = Article(key: key, body: "")
        let metadata = PageMetadata(document: document, lists: lists)
        metadata.apply(to: &article)
        var paragraphs = MainTextExtractor(rules: lists.rules).paragraphs(in: document, title: article.title)
        let extractedLength = paragraphs.reduce(0) { $0 + $1.count }
        // A page that builds its text with scripts often still states it whole in JSON-LD.
        if let stated = metadata.jsonLD?.body.map(HTMLReader.paragraphs), !stated.isEmpty {
            let statedLength = stated.reduce(0) { $0 + $1.count }
            if statedLength > 2 * extractedLength + 200 {
                paragraphs = stated
                article.metadataSources["body"] = "json-ld"
            }
        }
        article.body = paragraphs.joined(separator: "\n\n")
        guard !article.body.isEmpty else { throw .noArticleText }
        return article
    }

    /// Plain text split into paragraphs at line breaks, white space normalised.
    private static func paragraphs(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { PageMetadata.clean(String($0)) }.filter { !$0.isEmpty }
    }

    /// Whether the bytes are not text at all: NUL or many control bytes near the start, or the
    /// signature of a known binary format.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let signatures: [[UInt8]] = [
            [0x89, 0x50, 0x4E, 0x47], [0x47, 0x49, 0x46, 0x38], [0xFF, 0xD8, 0xFF], [0x25, 0x50, 0x44, 0x46],
            [0x50, 0x4B, 0x03, 0x04], [0x1F, 0x8B], [0x7F, 0x45, 0x4C, 0x46],
        ]
        if signatures.contains(where: { bytes.starts(with: $0) }) { return true }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        let head = bytes.prefix(4096)
        var control = 0
        for byte in head {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B {
                control += 1
            }
        }
        return control * 20 > head.count
    }
}
