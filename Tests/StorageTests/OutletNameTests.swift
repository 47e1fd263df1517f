import Testing

@testable import Storage

@Suite("Outlet names: one per publisher, found as people type them")
struct OutletNameTests {
    @Test(
        "a credited wire and a slogan are not part of the publisher's name",
        arguments: [
            ("Yahoo News (Associated Press)", "Yahoo News"),
            ("Yahoo News - Latest News & Headlines", "Yahoo News"),
            ("Northern Ledger | Breaking news from the north", "Northern Ledger"),
            ("  Valley Herald ", "Valley Herald"),
            ("The New York Times", "The New York Times"),
            ("(Associated Press)", "(Associated Press)"),
            ("Sports - Scores, Fixtures, Results and Much More From Around The World", "Sports"),
        ])
    func cleaned(raw: String, expected: String) {
        #expect(OutletName.cleaned(raw) == expected)
    }

    @Test(
        "an outlet is found by its name, first words, initials or domain",
        arguments: [
            ("bbc", "BBC News", "bbc.co.uk", true),
            ("BBC News", "BBC News", nil, true),
            ("nyt", "The New York Times", "nytimes.com", true),
            ("NYT", "The New York Times", nil, true),
            ("nytimes", "The New York Times", "nytimes.com", true),
            ("nytimes.com", "The New York Times", "nytimes.com", true),
            ("wsj", "The Wall Street Journal", nil, true),
            ("ap", "Associated Press", "hosted.ap.org", true),
            ("new york times", "The New York Times", nil, true),
            ("times", "The New York Times", nil, false),
            ("news", "BBC News", "bbc.co.uk", false),
            ("nyp", "The New York Times", "nytimes.com", false),
            ("herald", "Valley Herald", "valleyherald.example", false),
        ])
    func matches(query: String, name: String, domain: String?, expected: Bool) {
        #expect(OutletName.matches(query, name: name, domain: domain) == expected)
    }

    @Test("the site label of a domain skips generic and country endings")
    func siteLabel() {
        #expect(OutletName.siteLabel("nytimes.com") == "nytimes")
        #expect(OutletName.siteLabel("bbc.co.uk") == "bbc")
        #expect(OutletName.siteLabel("hosted.ap.org") == "ap")
        #expect(OutletName.siteLabel("localhost") == nil)
    }
}
