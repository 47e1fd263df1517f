import CLibXML2

/// The elements and text blocks of one page, and the scores that pick its article.
struct PageBlocks {
    let document: HTMLDocument
    let rules: BoilerplateRules
    let classRules: Bool
    var elements: [ScoredElement] = []
    var blocks: [TextBlock] = []
    private var verdicts: [String: BoilerplateRules.Verdict] = [:]

    init(document: HTMLDocument, rules: BoilerplateRules, classRules: Bool) {
        self.document = document
        self.rules = rules
        self.classRules = classRules
    }

    // MARK: Walking the tree

    /// Walks the tree below `top`, keeping elements that may hold text and cutting text into blocks.
    mutating func collect(from top: xmlNodePtr) {
        elements = [
            ScoredElement(node: top, parent: -1, tag: document.tag(of: top), verdict: .neutral)
        ]
        var open: [Int32] = [0]
        var owners: [Int32] = [0]
        var linkDepth = 0
        var articleDepth = 0
        var teaserDepth = 0
        var run = TextRun()

        func flush(into blocks: inout [TextBlock], owner: Int32) {
            guard run.length > 0 else {
                run.reset()
                return
            }
            blocks.append(
                TextBlock(
                    text: String(decoding: run.bytes, as: UTF8.self), element: owner, length: run.length,
                    linkLength: run.linkLength, commas: run.commas, isInNestedArticle: teaserDepth > 0))
            run.reset()
        }

        var blocks: [TextBlock] = []
        var elements = self.elements
        document.walk(
            top,
            enter: { node in
                let type = node.pointee.type
                if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                    if let content = node.pointee.content { run.append(content, inLink: linkDepth > 0) }
                    return false
                }
                guard type == XML_ELEMENT_NODE else { return false }
                let tag = document.tag(of: node)
                if tag.isNeverText { return false }
                if tag == .br || tag == .hr {
                    flush(into: &blocks, owner: owners.last!)
                    return false
                }
                let attributes = ElementAttributes(node)
                if attributes.isHidden { return false }
                var verdict = BoilerplateRules.Verdict.neutral
                if attributes.isArticleBody {
                    verdict = .content
                } else if let names = attributes.classAndID {
                    verdict = self.verdict(names)
                }
                if classRules {
                    if attributes.isFurnitureRole { return false }
                    if verdict == .furniture, tag != .body, tag != .html,
                        !PageBlocks.holdsQuote(node, document: document)
                    {
                        return false
                    }
                    if tag.isFurniture, tag != .form, verdict != .content { return false }
                } else if tag == .figcaption {
                    return false
                }
                if tag.isBlock { flush(into: &blocks, owner: owners.last!) }
                if tag == .td || tag == .th { run.separate() }
                let index = Int32(elements.count)
                var element = ScoredElement(
                    node: node, parent: open.last!, tag: tag, verdict: verdict,
                    className: attributes.className)
                element.isArticleBody = attributes.isArticleBody
                elements.append(element)
                elements[Int(open.last!)].childCount += 1
                open.append(index)
                if tag.isBlock { owners.append(index) }
                if tag == .a { linkDepth += 1 }
                if tag == .article {
                    if articleDepth > 0 && PageBlocks.hasSiblingArticle(node, document: document) {
                        elements[Int(index)].isTeaserArticle = true
                        teaserDepth += 1
                    }
                    articleDepth += 1
                }
                return true
            },
            leave: { _ in
                let index = open.removeLast()
                let tag = elements[Int(index)].tag
                if tag.isBlock {
                    flush(into: &blocks, owner: owners.last!)
                    owners.removeLast()
                }
                if tag == .a { linkDepth -= 1 }
                if tag == .td || tag == .th { run.separate() }
                if tag == .article {
                    articleDepth -= 1
                    if elements[Int(index)].isTeaserArticle { teaserDepth -= 1 }
                }
            })
        flush(into: &blocks, owner: owners.last!)
        self.blocks = blocks
        self.elements = elements
    }

    /// Whether `node` wraps a `<blockquote>` (a child or grandchild): an embedded post the
    /// article quotes, inside a box whose class words ("social-embed") look like furniture.
    static func holdsQuote(_ node: xmlNodePtr, document: HTMLDocument) -> Bool {
        var child = node.pointee.children
        while let current = child {
            if document.tag(of: current) == .blockquote { return true }
            var grandchild = current.pointee.children
            while let inner = grandchild {
                if document.tag(of: inner) == .blockquote { return true }
                grandchild = inner.pointee.next
            }
            child = current.pointee.next
        }
        return false
    }

    /// Whether another `<article>` element shares the parent of `node`.
    static func hasSiblingArticle(_ node: xmlNodePtr, document: HTMLDocument) -> Bool {
        var sibling = node.pointee.parent?.pointee.children
        while let current = sibling {
            if current != node, document.tag(of: current) == .article { return true }
            sibling = current.pointee.next
        }
        return false
    }

    private mutating func verdict(_ names: String) -> BoilerplateRules.Verdict {
        if let known = verdicts[names] { return known }
        let verdict = rules.verdict(names)
        verdicts[names] = verdict
        return verdict
    }

    // MARK: Scoring

    /// Sums each element's text, link text and paragraphs over everything below it.
    mutating func aggregate() {
        for block in blocks {
            let index = Int(block.element)
            elements[index].textLength += block.length
            // A link inside a sentence is part of the text; a paragraph that is mostly links is not.
            elements[index].linkLength +=
                block.linkLength * 2 > block.length ? block.linkLength : block.linkLength / 3
            elements[index].commas += block.commas
            if elements[index].tag == .li { elements[index].listTextLength += block.length }
            if block.length >= 25 && block.linkLength * 2 <= block.length {
                elements[index].proseLength += block.length
            }
        }
        // Children come after their parents in document order, so one backward pass sums subtrees.
        for index in stride(from: elements.count - 1, to: 0, by: -1) {
            let child = elements[index]
            let parent = Int(child.parent)
            elements[parent].textLength += child.textLength
            elements[parent].linkLength += child.linkLength
            elements[parent].commas += child.commas
            elements[parent].listTextLength += child.listTextLength
            elements[parent].proseLength += child.proseLength
            elements[parent].teaserProseLength +=
                child.verdict == .weak ? child.proseLength : child.teaserProseLength
            elements[parent].paragraphCount += child.paragraphCount + (child.tag == .p ? 1 : 0)
            elements[parent].listItemCount += child.listItemCount + (child.tag == .li ? 1 : 0)
        }
    }

    /// Gives each paragraph's score to its container and, halved and sixthed, to the two above;
    /// then weighs each container by its tag and class words and discounts its link text.
    mutating func score() {
        for block in blocks
        where block.length >= 25 && block.linkLength * 2 <= block.length && !block.isInNestedArticle {
            var target = Int(block.element)
            if elements[target].tag.isParagraph {
                guard elements[target].parent >= 0 else { continue }
                target = Int(elements[target].parent)
            }
            let points = 1 + Double(block.commas) + Double(min(block.length / 100, 3))
            for divider in [1.0, 2.0, 6.0] {
                elements[target].isCandidate = true
                elements[target].score += points / divider
                guard elements[target].parent >= 0 else { break }
                target = Int(elements[target].parent)
            }
        }
        for index in elements.indices where elements[index].isCandidate {
            let element = elements[index]
            elements[index].score =
                (element.score + tagBonus(element.tag)) * element.classFactor
                * (1 - element.linkDensity)
        }
    }

    /// Readability's head start by tag: containers of text up, lists and headings down.
    private func tagBonus(_ tag: HTMLTag) -> Double {
        switch tag {
        case .div, .article, .main, .section: 5
        case .pre, .td, .blockquote: 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: -5
        default: 0
        }
    }

    /// The element most likely to be the article's container, moved up where its parent is the
    /// real container (Readability's rules: a shared ancestor of close runners-up, a parent that
    /// scores better, or a parent with no other child).
    func bestCandidate() -> Int? {
        let candidates = elements.indices.filter { elements[$0].isCandidate && $0 != 0 }
        guard var best = candidates.max(by: { elements[$0].score < elements[$1].score }) else {
            return blocks.isEmpty ? nil : 0
        }
        let bestScore = elements[best].score
        let runnersUp = candidates.sorted { elements[$0].score > elements[$1].score }.prefix(5)
            .filter { $0 != best && elements[$0].score >= 0.75 * bestScore }
        if runnersUp.count >= 3, elements[best].tag != .article {
            let lines = runnersUp.map { ancestors(of: $0) }
            var parent = Int(elements[best].parent)
            while parent > 0 {
                if lines.filter({ $0.contains(parent) }).count >= 3 {
                    best = parent
                    break
                }
                // Runners-up outside the story's own <article> are the next stories.
                if elements[parent].tag == .article { break }
                parent = Int(elements[parent].parent)
            }
        }
        var lastScore = elements[best].score
        let threshold = lastScore / 3
        var parent = Int(elements[best].parent)
        while parent > 0 {
            if elements[parent].isCandidate {
                let parentScore = elements[parent].score
                if parentScore < threshold { break }
                if parentScore > lastScore {
                    best = parent
                    break
                }
                lastScore = parentScore
            }
            parent = Int(elements[parent].parent)
        }
        while best > 0, elements[best].parent > 0, elements[best].tag != .article {
            let parent = Int(elements[best].parent)
            // Only a parent that adds nothing but wrapping (skipped furniture leaves one child).
            guard elements[parent].childCount == 1,
                elements[parent].textLength * 10 <= elements[best].textLength * 11
            else { break }
            best = parent
        }
        // The page's own mark of its article text wins when it holds the best container.
        var ancestor = Int(elements[best].parent)
        var levels = 0
        while ancestor > 0, levels < 4 {
            if elements[ancestor].isArticleBody, elements[ancestor].proseLength >= elements[best].proseLength
            {
                best = ancestor
                break
            }
            ancestor = Int(elements[ancestor].parent)
            levels += 1
        }
        // Text cut into many small boxes (one card per paragraph) leaves each box a poor score:
        // climb while the parent holds much more prose and is not mostly links.
        // An <article> is one whole story: its parent may hold the next stories.
        while best > 0, elements[best].parent > 0, !elements[best].isArticleBody,
            elements[best].tag != .article
        {
            let parent = Int(elements[best].parent)
            guard elements[parent].proseLength * 2 >= elements[best].proseLength * 3,
                elements[parent].linkDensity < 0.25, elements[parent].verdict != .furniture
            else { break }
            best = parent
        }
        return chunkContainer(of: best) ?? best
    }

    /// The container of all the chunks when the text is cut into several boxes of the same class
    /// as `best` ("article__body" in one grid after another), if they are prose, not links.
    private func chunkContainer(of best: Int) -> Int? {
        guard let name = elements[best].className, !name.isEmpty else { return nil }
        let lineage = ancestors(of: best)
        var container: Int?
        for index in elements.indices where index != best && elements[index].className == name {
            guard elements[index].proseLength >= max(200, elements[best].proseLength / 4),
                elements[index].isCandidate, elements[index].score >= elements[best].score / 3
            else { continue }
            var current = Int(elements[index].parent)
            while current > 0, current != best, !lineage.contains(current) {
                current = Int(elements[current].parent)
            }
            guard current > 0, current != best else { continue }
            container = min(container ?? current, current)
        }
        guard let container, elements[container].linkDensity < 0.25 else { return nil }
        return container
    }

    private func ancestors(of index: Int) -> Set<Int> {
        var result: Set<Int> = []
        var current = Int(elements[index].parent)
        while current > 0 {
            result.insert(current)
            current = Int(elements[current].parent)
        }
        return result
    }

    /// For each element, whether it is in the article: the best container, or below it, or a
    /// sibling that scores well or is a clean paragraph, or below one of those.
    func articleElements(around best: Int) -> [Bool] {
        var chosen = [Bool](repeating: false, count: elements.count)
        chosen[best] = true
        let parent = elements[best].parent
        if best > 0, parent >= 0 {
            let bestScore = elements[best].score
            let threshold = max(10, bestScore * 0.2)
            for index in elements.indices where elements[index].parent == parent && index != best {
                let sibling = elements[index]
                // Teaser lists beside a short article score like text but are not.
                if sibling.verdict == .weak || sibling.teaserProseLength * 2 > sibling.proseLength {
                    continue
                }
                var bonus = 0.0
                if let name = sibling.className, !name.isEmpty, name == elements[best].className {
                    bonus = bestScore * 0.2
                }
                // Beside a whole story (<article>) only loose paragraphs can belong to it.
                if sibling.isCandidate && sibling.score + bonus >= threshold && elements[best].tag != .article
                {
                    chosen[index] = true
                } else if sibling.tag == .p {
                    let length = sibling.textLength
                    if length > 80 && sibling.linkDensity < 0.25 {
                        chosen[index] = true
                    } else if length > 0 && length <= 80 && sibling.linkDensity == 0
                        && endsSentence(sibling.node)
                    {
                        chosen[index] = true
                    }
                }
            }
        }
        var included = chosen
        for index in elements.indices where index > 0 && !included[index] {
            included[index] = included[Int(elements[index].parent)]
        }
        return included
    }

    private func endsSentence(_ node: xmlNodePtr) -> Bool {
        let text = HTMLDocument.text(of: node)
        return text.contains(". ") || text.hasSuffix(".")
    }

    /// Boxes inside the article that are not article text (Readability's conditional clean-up):
    /// few commas and mostly links, more list items than paragraphs outside a list, or too short.
    func clutter(in included: [Bool], top: Int) -> [Bool] {
        var removed = [Bool](repeating: false, count: elements.count)
        for index in elements.indices where index > 0 && included[index] {
            let parent = Int(elements[index].parent)
            if removed[parent] && included[parent] {
                removed[index] = true
                continue
            }
            guard index != top else { continue }
            let element = elements[index]
            // Articles side by side inside the story are related stories.
            if element.isTeaserArticle {
                removed[index] = true
                continue
            }
            switch element.tag {
            case .div, .section, .ul, .ol, .table, .form, .dl:
                break
            default:
                continue
            }
            let weight = element.classWeight
            // A box marked as a list or teaser that is not mostly prose.
            if weight < 0 && element.proseLength * 2 < element.textLength {
                removed[index] = true
                continue
            }
            guard element.commas < 10 else { continue }
            let isList =
                element.tag == .ul || element.tag == .ol
                || (element.textLength > 0
                    && Double(element.listTextLength) / Double(element.textLength) > 0.9)
            let paragraphs = element.paragraphCount
            let listItems = element.listItemCount - 100
            let density = element.linkDensity
            if (!isList && listItems > paragraphs) || (!isList && weight < 25 && density > 0.2)
                || (weight >= 25 && density > 0.5)
                || (isList && density > 0.5)
            {
                removed[index] = true
            }
        }
        return removed
    }
}
