import Testing

@testable import ClaimsFetch

@Suite("robots.txt rules")
struct RobotsRulesTests {
    @Test("the group naming the tool wins over *, longest match decides, Allow wins a tie")
    func groups() {
        let text = """
            # comment
            User-agent: *
            Disallow: /

            User-agent: Claims-Fetch
            User-agent: other
            Disallow: /private/
            Allow: /private/open
            Disallow: /*.pdf$
            Crawl-delay: 2
            """
        let rules = RobotsRules(parsing: text, token: "claims-fetch")
        #expect(rules.allows("/news/a"))
        #expect(!rules.allows("/private/x"))
        #expect(rules.allows("/private/open/y"))
        #expect(!rules.allows("/files/report.pdf"))
        #expect(rules.allows("/files/report.pdf?page=2"))
        #expect(rules.crawlDelay == 2)
        let others = RobotsRules(parsing: text, token: "somebot")
        #expect(!others.allows("/news/a"))
    }

    @Test("an empty Disallow allows everything; no group for the tool or * allows everything")
    func emptyRules() {
        #expect(RobotsRules(parsing: "User-agent: *\nDisallow:\n", token: "claims-fetch").allows("/a"))
        #expect(
            RobotsRules(parsing: "User-agent: googlebot\nDisallow: /\n", token: "claims-fetch").allows("/a"))
        #expect(!RobotsRules.disallowAll.allows("/"))
        #expect(RobotsRules.allowAll.allows("/anything"))
    }

    @Test("a tie between Allow and Disallow of the same length allows; * matches within a path")
    func ties() {
        let rules = RobotsRules(
            parsing: "User-agent: *\nDisallow: /a/*/b\nAllow: /a/x/b\nDisallow: /a/x/b\n",
            token: "claims-fetch")
        #expect(rules.allows("/a/x/b"))
        #expect(!rules.allows("/a/y/b/c"))
        #expect(rules.allows("/a/y/c"))
    }
}
