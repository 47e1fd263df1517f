import Synchronization

/// The `html-*.txt` lexicons, read once into the sets and tables the HTML reader looks up.
///
/// Reading the lists costs more than reading a page, and a reader is made for every file, so
/// the lists read from one lexicon are kept and shared by every reader made from it.
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

    private init(lexicon: Lexicon) {
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

    private static let cache = Mutex<[(fingerprint: [String: String], lists: HTMLWordLists)]>([])

    /// The lists of `lexicon`, read on first use and shared after.
    static func shared(for lexicon: Lexicon) -> HTMLWordLists {
        let fingerprint = fingerprint(of: lexicon)
        return cache.withLock { cache in
            // Equal strings that share storage compare in constant time, so this check is cheap.
            if let known = cache.first(where: { $0.fingerprint == fingerprint }) { return known.lists }
            let lists = HTMLWordLists(lexicon: lexicon)
            if cache.count >= 8 { cache.removeFirst() }
            cache.append((fingerprint, lists))
            return lists
        }
    }

    /// The raw text of the lexicon's `html-*` files. `Lexicon` keeps its files private and has
    /// no identity, so they are read by reflection; a lexicon without them reads as empty.
    private static func fingerprint(of lexicon: Lexicon) -> [String: String] {
        guard let files = Mirror(reflecting: lexicon).descendant("files") as? [String: String] else {
            return [:]
        }
        return files.filter { $0.key.hasPrefix("html-") }
    }
}
