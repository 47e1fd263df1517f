import CLibXML2

/// One element kept in the tree walk, with the text statistics of everything below it.
struct ScoredElement {
    var node: xmlNodePtr
    var parent: Int32
    var tag: HTMLTag
    var verdict: BoilerplateRules.Verdict
    var className: String?
    var isArticleBody = false
    /// One of several `<article>` elements side by side within an article.
    var isTeaserArticle = false
    var textLength = 0
    var linkLength = 0
    var commas = 0
    var paragraphCount = 0
    var listItemCount = 0
    var listTextLength = 0
    var childCount = 0
    /// Length of the paragraphs below that are prose: 25 code points or more, mostly not links.
    var proseLength = 0
    /// The part of `proseLength` inside boxes with list or teaser class words.
    var teaserProseLength = 0
    var score = 0.0
    var isCandidate = false

    /// The share of the text that is links (links inside prose count a third).
    var linkDensity: Double {
        textLength == 0 ? 0 : Double(linkLength) / Double(textLength)
    }

    /// How the class words and `itemprop=articleBody` scale the element's score.
    var classFactor: Double {
        if isArticleBody { return 2 }
        switch verdict {
        case .content: return 1.5
        case .furniture, .weak: return 0.5
        case .neutral: return 1
        }
    }

    /// Readability's class weight: +25 for article words, -25 for furniture or list words.
    var classWeight: Double {
        switch verdict {
        case .content: 25
        case .furniture, .weak: -25
        case .neutral: 0
        }
    }
}
