/// The rules of one site's robots.txt that apply to one crawler (RFC 9309).
///
/// The groups naming the crawler's product token are used, merged, else those for `*`, else
/// none (everything allowed). Among the rules whose path pattern matches a URL's path and query,
/// the longest pattern decides, and `Allow` wins a tie; `*` in a pattern matches any run of
/// characters and a final `$` anchors it to the end.
public struct RobotsRules: Sendable, Hashable {
    struct Rule: Sendable, Hashable {
        var allows: Bool
        var pattern: String
    }

    private(set) var rules: [Rule]
    /// The group's `Crawl-delay` in seconds, when it gives one (not in RFC 9309, but widely used).
    public private(set) var crawlDelay: Double?

    /// No rules: every path may be fetched (robots.txt is missing, a 4xx answer).
    public static let allowAll = RobotsRules(rules: [], crawlDelay: nil)
    /// Nothing may be fetched (robots.txt could not be had: a 5xx answer, no answer).
    public static let disallowAll = RobotsRules(rules: [Rule(allows: false, pattern: "/")], crawlDelay: nil)

    private init(rules: [Rule], crawlDelay: Double?) {
        self.rules = rules
        self.crawlDelay = crawlDelay
    }

    /// The rules of `text` for the crawler whose product token is `token` (`claims-fetch`).
    public init(parsing text: String, token: String) {
        struct Group {
            var agents: [String] = []
            var rules: [Rule] = []
            var crawlDelay: Double?
        }
        var groups: [Group] = []
        var current: Group?
        // A user-agent line after rules starts a new group; consecutive ones share one.
        var inRules = false
        for rawLine in text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" })
        {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: " \t").lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: " \t")
            switch key {
            case "user-agent":
                if current == nil || inRules {
                    if let current { groups.append(current) }
                    current = Group()
                    inRules = false
                }
                current!.agents.append(value.lowercased())
            case "allow", "disallow":
                guard current != nil else { continue }
                inRules = true
                // An empty Disallow allows everything: it is no rule at all.
                if !value.isEmpty { current!.rules.append(Rule(allows: key == "allow", pattern: value)) }
            case "crawl-delay":
                guard current != nil else { continue }
                inRules = true
                current!.crawlDelay = Double(value)
            default:
                continue
            }
        }
        if let current { groups.append(current) }
        let name = token.lowercased()
        // "claims-fetch/1.0" in a file names the product token before the slash.
        let named = groups.filter { group in
            group.agents.contains { agent in agent.split(separator: "/").first.map(String.init) == name }
        }
        let chosen = named.isEmpty ? groups.filter { $0.agents.contains("*") } : named
        self.init(
            rules: chosen.flatMap(\.rules), crawlDelay: chosen.compactMap(\.crawlDelay).max())
    }

    /// Whether the crawler may fetch `path` (the URL's path and query, starting with `/`).
    public func allows(_ path: String) -> Bool {
        var best: Rule?
        for rule in rules where Self.matches(Array(rule.pattern.utf8)[...], Array(path.utf8)[...]) {
            guard let chosen = best else {
                best = rule
                continue
            }
            let length = rule.pattern.utf8.count
            let chosenLength = chosen.pattern.utf8.count
            if length > chosenLength || (length == chosenLength && rule.allows && !chosen.allows) {
                best = rule
            }
        }
        return best?.allows ?? true
    }

    /// Whether `pattern` matches a prefix of `path` (all of it, with a final `$`).
    private static func matches(_ pattern: ArraySlice<UInt8>, _ path: ArraySlice<UInt8>) -> Bool {
        guard let first = pattern.first else { return true }
        if first == UInt8(ascii: "$") && pattern.count == 1 { return path.isEmpty }
        if first == UInt8(ascii: "*") {
            let rest = pattern.dropFirst()
            var tail = path
            while true {
                if matches(rest, tail) { return true }
                guard !tail.isEmpty else { return false }
                tail = tail.dropFirst()
            }
        }
        guard let next = path.first, next == first else { return false }
        return matches(pattern.dropFirst(), path.dropFirst())
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        let blanks = Set(set)
        var slice = self[...]
        while let first = slice.first, blanks.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, blanks.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
