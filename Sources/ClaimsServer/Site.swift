import ClaimsModel
import Foundation
import Mustache
import Storage

/// The pages of the web view, independent of the HTTP server: a request in, a response out.
///
/// Every page reads the archive through `ClaimStore`'s queries; every string from an article is
/// escaped by the templates (`{{ }}`) or by `HTML.escape` for the few pieces built here (the
/// highlighted body, the charts).
public struct Site: Sendable {
    let store: ClaimStore
    let templates: MustacheLibrary
    let cache = PageCache()
    /// Claims on one page of results.
    static let pageSize = 50

    public init(store: ClaimStore) throws {
        self.store = store
        var library = MustacheLibrary()
        for (file, text) in EmbeddedTemplates.files where file.hasSuffix(".mustache") {
            try library.register(text, named: String(file.dropLast(".mustache".count)))
        }
        templates = library
    }

    /// The answer to one GET request.
    public func respond(to request: PageRequest) -> PageResponse {
        let segments = request.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let api = segments.first == "api"
        do {
            switch (segments.first, segments.count) {
            case (nil, 0): return try searchPage(request)
            case ("actors", 1): return try actorList()
            case ("actors", 2): return try actorPage(id(segments[1], "actor"), request)
            case ("outlets", 1): return try outletList()
            case ("outlets", 2): return try outletPage(id(segments[1], "outlet"), request)
            case ("claims", 2): return try claimPage(id(segments[1], "claim"))
            case ("claims", 3) where segments[2] == "trace": return try tracePage(id(segments[1], "claim"))
            case ("api", 2) where segments[1] == "search": return try searchJSON(request)
            case ("api", 3) where segments[1] == "claims": return try claimJSON(id(segments[2], "claim"))
            default: throw PageError.notFound("There is no page at \(request.path).")
            }
        } catch let error as PageError {
            return errorPage(error, json: api)
        } catch let error as StoreError {
            let status = error.kind == .badQuery ? 400 : 500
            return errorPage(PageError(status: status, message: error.message, parameter: nil), json: api)
        } catch {
            return errorPage(PageError(status: 500, message: "\(error)", parameter: nil), json: api)
        }
    }

    private func id(_ text: String, _ what: String) throws(PageError) -> Int64 {
        guard let id = Int64(text), id > 0 else { throw PageError.notFound("There is no \(what) \(text).") }
        return id
    }

    // MARK: Search

    /// The search a request asks for, one page of it plus one claim to tell whether more follow.
    private func parseSearch(_ request: PageRequest) throws(PageError) -> (ClaimSearch, page: Int) {
        let text = request.value("q")
        let page = try request.page()
        let search = ClaimSearch(
            text: text, actor: request.value("actor"), source: request.value("source"),
            outlet: request.value("outlet"), since: try request.date("from"), until: try request.date("to"),
            kind: try request.kind(), classes: try request.classes(),
            order: try request.order(hasText: text != nil),
            limit: Self.pageSize + 1, offset: (page - 1) * Self.pageSize)
        return (search, page)
    }

    private func searchPage(_ request: PageRequest) throws -> PageResponse {
        let (search, page) = try parseSearch(request)
        let result = try store.search(search)
        var note = result.note
        if note == nil, let actor = search.actor {
            let people = try store.people(named: actor)
            if people.count > 1 {
                note =
                    "\"\(actor)\" fits \(people.count) people; these are the claims of all of them: "
                    + people.prefix(10).map(\.name).joined(separator: ", ")
            }
        }
        let shown = Array(result.claims.prefix(Self.pageSize))
        let first = (page - 1) * Self.pageSize + 1
        let summary =
            shown.isEmpty
            ? (page == 1 ? "No claims match." : "No claims on page \(page).")
            : "Claims \(first)–\(first + shown.count - 1)\(result.claims.count > Self.pageSize ? "" : " (the last)")."
        let form: [String: Any] = [
            "q": search.text ?? "", "actor": search.actor ?? "", "source": search.source ?? "",
            "outlet": search.outlet ?? "", "from": request.value("from") ?? "",
            "to": request.value("to") ?? "",
            "kinds": [["value": "", "label": "any", "selected": search.kind == nil] as [String: Any]]
                + ClaimKind.allCases.map {
                    ["value": $0.rawValue, "label": $0.rawValue, "selected": search.kind == $0]
                        as [String: Any]
                },
            "sorts": ClaimSearch.Order.allCases.map {
                ["value": $0.rawValue, "label": $0.rawValue, "selected": search.order == $0] as [String: Any]
            },
            "classes": ClaimClass.allCases.map {
                ["value": $0.rawValue, "checked": search.classes?.contains($0) ?? false] as [String: Any]
            },
        ]
        let context: [String: Any] = [
            "pageTitle": search.text.map { "Search: \($0)" } ?? "Search",
            "form": form, "note": section(note), "summary": summary,
            "jsonHref": "/api/search" + searchQuery(request, page: page),
            "rowsHTML": HTML.claimRows(shown),
            "pager": pager(page: page, hasNext: result.claims.count > Self.pageSize) {
                searchHref(request, page: $0)
            },
        ]
        return try html("search", context)
    }

    private func searchJSON(_ request: PageRequest) throws -> PageResponse {
        var (search, _) = try parseSearch(request)
        search.limit = Self.pageSize
        let result = try store.search(search)
        return PageResponse(
            status: 200, contentType: "application/json; charset=utf-8",
            body: OutputJSON.array(result.claims.map(\.outputRow)))
    }

    /// The request's own search parameters with another page.
    private func searchQuery(_ request: PageRequest, page: Int) -> String {
        let names = ["q", "actor", "source", "outlet", "kind", "from", "to", "sort"]
        var pairs: [(String, String?)] = names.map { ($0, request.value($0)) }
        let classes = request.values("class")
        if !classes.isEmpty { pairs.append(("class", classes.joined(separator: ","))) }
        if page > 1 { pairs.append(("page", String(page))) }
        return HTML.query(pairs)
    }

    private func searchHref(_ request: PageRequest, page: Int) -> String {
        "/" + searchQuery(request, page: page)
    }

    // MARK: Actors

    private func actorList() throws -> PageResponse {
        let actors = try store.actors(limit: 200)
        return try html(
            "list",
            [
                "pageTitle": "Actors", "heading": "Most quoted actors", "countLabel": "Claims",
                "extraLabel": "Kind",
                "items": actors.map {
                    [
                        "href": "/actors/\($0.id)", "name": $0.name, "count": $0.claims,
                        "extra": $0.kind.rawValue,
                    ]
                        as [String: Any]
                },
            ])
    }

    private func actorPage(_ id: Int64, _ request: PageRequest) throws -> PageResponse {
        guard
            let profile = try cache.value("profile \(id)", store: store, make: { try store.profile(id: id) })
        else {
            throw PageError.notFound("There is no actor \(id).")
        }
        let page = try request.page()
        let claims = try store.search(
            ClaimSearch(
                order: .date, limit: Self.pageSize + 1, offset: (page - 1) * Self.pageSize, actorID: id)
        ).claims
        var context = try cache.value("actor \(id)", store: store) { () throws -> [String: Any] in
            let outletIDs = Dictionary(try store.outletDetails().map { ($0.name, $0.id) }) { first, _ in first
            }
            return [
                "pageTitle": profile.name, "name": profile.name, "kind": profile.kind.rawValue,
                "claims": profile.claims, "asSource": profile.asSource, "articles": profile.articles,
                "firstDate": profile.firstDate?.description ?? "",
                "lastDate": profile.lastDate?.description ?? "",
                "aliases": profile.aliases.joined(separator: "; "),
                "chart": Charts.monthly(
                    try store.monthlyClaims(actorID: id), label: "Claims by \(profile.name) per month"),
                "sources": try store.sources(ofActor: id).map(countContext),
                "outlets": profile.outlets.prefix(30).map { outlet -> [String: Any] in
                    [
                        "name": outlet.name, "claims": outlet.claims,
                        "href": section(outletIDs[outlet.name].map { "/outlets/\($0)" }),
                    ]
                },
            ]
        }
        context["rowsHTML"] = HTML.claimRows(claims.prefix(Self.pageSize))
        context["pager"] = pager(page: page, hasNext: claims.count > Self.pageSize) {
            "/actors/\(id)" + HTML.query([("page", $0 > 1 ? String($0) : nil)])
        }
        return try html("actor", context)
    }

    // MARK: Outlets

    private func outletList() throws -> PageResponse {
        let outlets = try store.outletDetails()
        return try html(
            "list",
            [
                "pageTitle": "Outlets", "heading": "Outlets", "countLabel": "Articles",
                "extraLabel": "Claims",
                "items": outlets.map {
                    ["href": "/outlets/\($0.id)", "name": $0.name, "count": $0.articles, "extra": $0.claims]
                        as [String: Any]
                },
            ])
    }

    private func outletPage(_ id: Int64, _ request: PageRequest) throws -> PageResponse {
        guard let outlet = try store.outlet(id: id) else {
            throw PageError.notFound("There is no outlet \(id).")
        }
        let context = try cache.value("outlet \(id)", store: store) { () throws -> [String: Any] in
            let sources = try store.citedSources(outletID: id)
            return [
                "pageTitle": outlet.name, "name": outlet.name, "domain": outlet.domain ?? "",
                "articles": outlet.articles, "claims": outlet.claims,
                "searchHref": "/" + HTML.query([("outlet", outlet.name), ("sort", "date")]),
                "sourceChart": Charts.bars(
                    sources.prefix(15).map { ($0.name, $0.claims) },
                    label: "Claims through each source in \(outlet.name)"),
                "sources": sources.map(countContext),
                "actors": try store.quotedActors(outletID: id).map(countContext),
                "chart": Charts.monthly(
                    try store.monthlyClaims(outletID: id), label: "Claims in \(outlet.name) per month"),
            ]
        }
        return try html("outlet", context)
    }

    // MARK: Claims

    private func claimPage(_ id: Int64) throws -> PageResponse {
        guard let article = try store.article(ofClaim: id),
            let claim = article.claims.first(where: { $0.id == id })
        else { throw PageError.notFound("There is no claim \(id).") }
        var claimContext = rowContext(claim)
        claimContext["speakerText"] = claim.speakerText ?? ""
        claimContext["confidence"] = String(format: "%.2f", claim.confidence)
        let context: [String: Any] = [
            "pageTitle": article.title ?? article.key, "title": section(article.title),
            "articleKey": article.key,
            "outlet": article.outlet ?? "", "outletHref": section(article.outletID.map { "/outlets/\($0)" }),
            "date": article.date?.description ?? "",
            "authors": section(article.authors.isEmpty ? nil : article.authors.joined(separator: ", ")),
            "url": section(article.url), "urlHref": section(HTML.articleHref(article.url)),
            "bodyHTML": HTML.highlightedBody(article.body, claim: claim, others: article.claims),
            "claim": claimContext, "jsonHref": "/api/claims/\(id)", "traceHref": "/claims/\(id)/trace",
            "others": article.claims.map { other -> [String: Any] in
                [
                    "claimHref": "/claims/\(other.id)",
                    "actor": other.actor ?? other.speakerText ?? "unnamed",
                    "cue": section(other.cue), "content": other.content, "current": other.id == id,
                ]
            },
        ]
        return try html("claim", context)
    }

    /// The claim's group in date order: where the statement first appeared, then each later
    /// appearance with its outlet, the source it was credited to and how its words differ.
    private func tracePage(_ id: Int64) throws -> PageResponse {
        guard let trace = try store.trace(claimID: id), let first = trace.appearances.first?.claim else {
            throw PageError.notFound("There is no claim \(id).")
        }
        let count = trace.appearances.count
        let outlets = Set(trace.appearances.compactMap(\.claim.outlet)).count
        let summary =
            "\(count) appearance\(count == 1 ? "" : "s") in \(outlets) outlet\(outlets == 1 ? "" : "s")"
            + "; first \(first.date?.description ?? "undated")" + (first.outlet.map { " in \($0)" } ?? "")
            + "."
        let context: [String: Any] = [
            "pageTitle": "Trace of claim \(id)", "claimID": id, "claimHref": "/claims/\(id)",
            "actor": first.actor ?? first.speakerText ?? "an unnamed speaker",
            "actorHref": section(first.actorID.map { "/actors/\($0)" }),
            "summary": summary, "content": first.content, "alone": count == 1,
            "appearances": trace.appearances.enumerated().map { index, appearance -> [String: Any] in
                let claim = appearance.claim
                return [
                    "number": index + 1, "current": claim.id == id, "claimHref": "/claims/\(claim.id)",
                    "date": claim.date?.description ?? "", "outlet": claim.outlet ?? "",
                    "outletHref": section(claim.outletID.map { "/outlets/\($0)" }),
                    "title": claim.title ?? claim.articleKey, "cue": claim.cue ?? "",
                    "source": claim.source ?? "",
                    "sourceHref": section(claim.sourceID.map { "/actors/\($0)" }),
                    "words": index == 0 ? "first" : appearance.differs ? "differ" : "same",
                    "relation": section(appearance.relation),
                    "diffHTML": section(appearance.diff.map(HTML.diff)),
                ]
            },
        ]
        return try html("trace", context)
    }

    private func claimJSON(_ id: Int64) throws -> PageResponse {
        guard let article = try store.article(ofClaim: id),
            let claim = article.claims.first(where: { $0.id == id })
        else { throw PageError.notFound("There is no claim \(id).") }
        return PageResponse(
            status: 200, contentType: "application/json; charset=utf-8",
            body: OutputJSON.object(claim.outputRow) + "\n")
    }

    // MARK: Pieces

    private func rowContext(_ claim: StoredClaim) -> [String: Any] {
        [
            "claimHref": "/claims/\(claim.id)", "date": claim.date?.description ?? "",
            "actor": claim.actor ?? claim.speakerText ?? "",
            "actorHref": section(claim.actorID.map { "/actors/\($0)" }),
            "cue": claim.cue ?? "", "source": claim.source ?? "",
            "sourceHref": section(claim.sourceID.map { "/actors/\($0)" }),
            "outlet": claim.outlet ?? "", "outletHref": section(claim.outletID.map { "/outlets/\($0)" }),
            "content": claim.content, "kind": claim.kind.rawValue,
            "claimClass": section(claim.claimClass?.rawValue),
        ]
    }

    /// A value for a mustache section: the text, or `false` when there is none (an empty string
    /// would still open the section).
    private func section(_ text: String?) -> Any {
        if let text { return text }
        return false
    }

    private func countContext(_ count: EntityCount) -> [String: Any] {
        ["href": "/actors/\(count.id)", "name": count.name, "claims": count.claims]
    }

    private func pager(page: Int, hasNext: Bool, href: (Int) -> String) -> Any {
        guard page > 1 || hasNext else { return false }
        return [
            "page": page, "previousHref": section(page > 1 ? href(page - 1) : nil),
            "nextHref": section(hasNext ? href(page + 1) : nil),
        ] as [String: Any]
    }

    private func html(_ template: String, _ context: [String: Any]) throws -> PageResponse {
        guard let body = templates.render(context, withTemplate: template) else {
            throw PageError(status: 500, message: "the page template \(template) is missing", parameter: nil)
        }
        return PageResponse(status: 200, contentType: "text/html; charset=utf-8", body: body)
    }

    private func errorPage(_ error: PageError, json: Bool) -> PageResponse {
        if json {
            var row: OutputRow = [("error", .string(error.message)), ("status", .int(error.status))]
            if let parameter = error.parameter { row.append(("parameter", .string(parameter))) }
            return PageResponse(
                status: error.status, contentType: "application/json; charset=utf-8",
                body: OutputJSON.object(row) + "\n")
        }
        let heading =
            switch error.status {
            case 400: "Bad request"
            case 404: "Not found"
            default: "Something went wrong"
            }
        let context: [String: Any] = ["pageTitle": heading, "heading": heading, "message": error.message]
        let body =
            templates.render(context, withTemplate: "error")
            ?? "<!DOCTYPE html><title>\(heading)</title><p>\(HTML.escape(error.message))</p>"
        return PageResponse(status: error.status, contentType: "text/html; charset=utf-8", body: body)
    }
}
