/// The formats articles are read from, told apart by file name.
public enum ArticleFormat: String, Sendable, CaseIterable {
    /// Plain text: an optional header block, or a bare page dump.
    case text
    /// A saved web page.
    case html
    /// JSON or JSON Lines: one article per object.
    case json
    /// A web archive (ISO 28500, WARC 1.0 or 1.1): one article per page record.
    case warc

    /// The format of a file name, looking through a `.gz` ending; text for unknown endings.
    public init(fileName: String) {
        var name = fileName.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        if name.hasSuffix(".html") || name.hasSuffix(".htm") || name.hasSuffix(".xhtml") {
            self = .html
        } else if name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson") || name.hasSuffix(".json") {
            self = .json
        } else if name.hasSuffix(".warc") {
            self = .warc
        } else {
            self = .text
        }
    }

    /// Whether a file name is one the folder walk picks up (others in a folder are skipped).
    public static func isArticleFile(_ fileName: String) -> Bool {
        var name = fileName.lowercased()
        if name.hasPrefix(".") { return false }
        if name.hasSuffix(".gz") { name.removeLast(3) }
        let endings = [".txt", ".text", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson", ".warc"]
        return endings.contains { name.hasSuffix($0) }
    }
}
