import CLibXML2

/// Finds the article text of a parsed page: its paragraphs and sub-headings, in order.
///
/// The method is Readability's, over libxml2's tree and without recursion: drop what can never
/// be text (scripts, media, controls, hidden elements) and page furniture (by tag and by
/// class/id words from the lexicons); cut the rest into paragraphs at block elements; score
/// each container by the paragraphs it holds (length, commas) and by its class words, discounted
/// by its share of link text; take the best container with its worthy siblings; drop lists and
/// boxes in it that are mostly links; drop furniture paragraphs ("Advertisement").
///
/// Beyond Readability: the page's `itemprop=articleBody` container wins when it holds the best
/// one; text cut into many boxes (a card per paragraph, chunks of one class) is gathered from
/// their container; a story's own `<article>` is never left, and `<article>` elements side by
/// side inside it are related stories; long paragraphs printed twice appear once; calls to
/// action after the last paragraph ("Sign up for our newsletter") are dropped.
///
/// - Complexity: O(n) in the number of nodes.
struct MainTextExtractor {
    private let rules: BoilerplateRules

    init(rules: BoilerplateRules) {
        self.rules = rules
    }

    /// The article's paragraphs; a page title equal to a heading is not repeated.
    func paragraphs(in document: HTMLDocument, title: String?) -> [String] {
        guard let top = document.body ?? document.root else { return [] }
        let strict = extract(document, top: top, classRules: true, title: title)
        let strictLength = strict.reduce(0) { $0 + $1.count }
        if strictLength >= 500 { return strict }
        // Some pages put their text in elements whose class words look like furniture; a short
        // article stays short.
        let loose = extract(document, top: top, classRules: false, title: title)
        return loose.reduce(0) { $0 + $1.count } > 2 * strictLength + 100 ? loose : strict
    }

    private func extract(_ document: HTMLDocument, top: xmlNodePtr, classRules: Bool, title: String?)
        -> [String]
    {
        var page = PageBlocks(document: document, rules: rules, classRules: classRules)
        page.collect(from: top)
        page.aggregate()
        page.score()
        guard let best = page.bestCandidate() else { return [] }
        let included = page.articleElements(around: best)
        let removed = page.clutter(in: included, top: best)
        let titleKey = title.map(BoilerplateRules.textKey)
        var result: [String] = []
        // Pages that render the same text twice (desktop and mobile copies) show it once here.
        var seen: Set<String> = []
        for block in page.blocks {
            let index = Int(block.element)
            guard included[index], !removed[index] else { continue }
            let tag = page.elements[index].tag
            if tag == .h1 { continue }
            if block.length > 0 && block.linkLength * 2 > block.length && tag.headingLevel == nil { continue }
            if rules.isFurnitureText(block.text) { continue }
            if let titleKey, tag.headingLevel != nil, BoilerplateRules.textKey(block.text) == titleKey {
                continue
            }
            if block.length >= 150, tag != .li, tag != .tr {
                guard seen.insert(block.text).inserted else { continue }
            }
            result.append(block.text)
        }
        // Calls to action after the last paragraph go, when an article remains before them.
        var kept = result.reduce(0) { $0 + $1.count }
        while let last = result.last, rules.isClosingCall(last), kept - last.count >= 300 {
            kept -= last.count
            result.removeLast()
        }
        return result
    }
}
