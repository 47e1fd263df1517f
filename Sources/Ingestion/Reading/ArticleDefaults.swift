import ClaimsModel

/// Metadata given on the command line, filled into articles that lack it.
public struct ArticleDefaults: Sendable, Hashable {
    public var outlet: String?
    public var date: ClaimDate?
    public var url: String?
    public var title: String?
    public var author: String?

    public init(
        outlet: String? = nil, date: ClaimDate? = nil, url: String? = nil, title: String? = nil,
        author: String? = nil
    ) {
        self.outlet = outlet
        self.date = date
        self.url = url
        self.title = title
        self.author = author
    }

    /// Fills each field the article lacks from these values, recording the basis.
    public func apply(to article: inout Article, basis: Article.Basis = .flag, source: String = "flag") {
        if article.outlet == nil, let outlet {
            article.outlet = outlet
            article.metadataSources["outlet"] = source
        }
        if article.date == nil, let date {
            article.date = date
            article.dateBasis = basis
            article.metadataSources["date"] = source
        }
        if article.url == nil, let url {
            article.url = url
            article.metadataSources["url"] = source
        }
        if article.title == nil, let title {
            article.title = title
            article.metadataSources["title"] = source
        }
        if article.authors.isEmpty, let author {
            article.authors = AuthorList.split(author)
            article.metadataSources["authors"] = source
        }
        if article.outletDomain == nil, let url = article.url {
            article.outletDomain = AuthorList.domain(of: url)
        }
    }
}
