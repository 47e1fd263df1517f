/// The `html-*.txt` lexicons, read once into the sets and tables the HTML reader looks up.
///
/// Reading the lists costs more than reading a page, so an `HTMLReader` reads them once and
/// callers share one reader across files (`ArticleReaders`).
final class HTMLWordLists: Sendable {
    let rules: BoilerplateRules
    let articleTypes: Set<String>
    let dateText: DateText
    let dateMetaNames: [String]
    let authorMetaNames: [String]
    /// Class words of elements that hold author names, and of elements that hold a whole byline.
    let bylineNames: Set<String>
    let bylineBlocks: Set<String>
    /// The byline class words as lower-case bytes, to probe class attributes cheaply.
    let bylineProbes: [[UInt8]]
    let authorRoles: Set<String>
    /// Outlet names by domain.
    let outletNames: [String: String]

    init(lexicon: Lexicon) {
        rules = BoilerplateRules(lexicon: lexicon)
        articleTypes = Set(lexicon.entries("html-jsonld-article-types.txt"))
        dateText = DateText(lexicon: lexicon)
        dateMetaNames = lexicon.entries("html-date-meta.txt").map { $0.lowercased() }
        authorMetaNames = lexicon.entries("html-author-meta.txt").map { $0.lowercased() }
        let bylineEntries = lexicon.entries("html-byline-classes.txt")
        let split = bylineEntries.firstIndex(of: "--") ?? bylineEntries.endIndex
        bylineNames = Set(bylineEntries[..<split].map { $0.lowercased() })
        bylineBlocks = Set(bylineEntries[split...].dropFirst().map { $0.lowercased() })
        bylineProbes = bylineNames.union(bylineBlocks).map { Array($0.utf8) }
        authorRoles = Set(lexicon.entries("html-author-roles.txt").map { $0.lowercased() })
        outletNames = Dictionary(
            lexicon.table("html-outlet-domains.txt").map { ($0.key.lowercased(), $0.value) },
            uniquingKeysWith: { first, _ in first })
    }
}
