import ClaimsModel
import Foundation
import GRDB
import Testing

@testable import Storage

/// One article once, one story counted once: copies by URL and by body, wire stories linked.
@Suite("Copies of articles and stories across outlets")
struct StoryCopyTests {
    static let story = """
        The river ferry between Oldport and Kessel will stop running on 1 March after the operator lost \
        its subsidy, the regional transport office said on Tuesday. About 640 passengers a day use the \
        crossing, most of them commuters who would face a 40-minute detour by road. The office said it \
        was talking to two other companies about taking over the route, but that no decision would be \
        made before the spring budget. Local councillors have asked for the service to continue until \
        a new operator is found, and a petition against the closure has gathered 3,200 signatures.
        """

    /// The same story as edited for another page: two words changed, the last sentence cut.
    static let edited = story.replacingOccurrences(of: "most of them commuters", with: "mostly commuters")
        .components(separatedBy: " Local councillors")[0]

    /// A story written from the same template that reports other figures.
    static let otherFigures = story.replacingOccurrences(of: "640", with: "410")
        .replacingOccurrences(of: "3,200", with: "1,150")

    static func entry(_ key: String, _ body: String, outlet: String?, url: String? = nil) -> ArchiveEntry {
        ArchiveEntry(
            article: Article(key: key, body: body, outlet: outlet, url: url),
            extraction: Extraction(claims: [], mentions: []))
    }

    @Test("an edited body shares bands with the original; another story shares none")
    func fingerprints() throws {
        let original = try #require(BodyFingerprint(Self.story))
        let copy = try #require(BodyFingerprint(Self.edited))
        let unrelated = try #require(
            BodyFingerprint(
                """
                The city library will open on Sundays from next month, its director said, after volunteers \
                offered to staff the reading rooms and the council agreed to pay for heating and cleaning. \
                Opening hours will run from noon to five, and the children's section will hold readings.
                """))
        #expect(Set(original.bandKeys).intersection(copy.bandKeys).count >= 1)
        #expect(Set(original.bandKeys).isDisjoint(with: unrelated.bandKeys))
        #expect(BodyFingerprint("Too short to compare, the mayor said.") == nil)
    }

    @Test("the texts decide: an edit is one story; other figures or a brief are not")
    func comparison() {
        #expect((BodyComparison.overlap(Self.story, Self.edited) ?? 0) >= 0.9)
        #expect(BodyComparison.overlap(Self.story, Self.otherFigures) == nil)
        let brief = String(Self.story.prefix(160))
        #expect(BodyComparison.overlap(Self.story, brief) == nil)
    }

    @Test("in one outlet an edited body is a copy; in another it is that outlet's article of the story")
    func writes() throws {
        let store = try ClaimStore(path: StoreFixtures.temporaryPath())
        let outcomes = try store.write([
            Self.entry("wire.txt", Self.story, outlet: "Coastline Wire"),
            Self.entry("wire-again.txt", Self.edited, outlet: "Coastline Wire"),
            Self.entry(
                "herald.txt", Self.story + " The Herald asked the office for comment.",
                outlet: "Valley Herald"),
            Self.entry("figures.txt", Self.otherFigures, outlet: "Coastline Wire"),
        ])
        guard case .stored(let wireID, _) = outcomes[0], case .stored(let heraldID, _) = outcomes[2],
            case .stored = outcomes[3]
        else {
            Issue.record("expected the first, third and fourth stored: \(outcomes)")
            return
        }
        #expect(outcomes[1] == .copy(of: "wire.txt"))
        let stats = try store.stats()
        #expect(stats.articles == 3)
        #expect(stats.copies == 1)
        #expect(stats.stories == 2)
        let queue = try DatabaseQueue(path: store.path)
        let link = try queue.read {
            try Int64.fetchOne($0, sql: "SELECT story_id FROM articles WHERE id = ?", arguments: [heraldID])
        }
        #expect(link == wireID)
        // A later ingest of the copy is unchanged, and so is one of the original.
        #expect(
            try store.write([Self.entry("wire-again.txt", Self.edited, outlet: "Coastline Wire")]) == [
                .unchanged
            ])
        #expect(
            try store.write([Self.entry("wire.txt", Self.story, outlet: "Coastline Wire")]) == [.unchanged])
    }

    @Test("a second file under the same URL, whatever its tracking parameters, is a copy")
    func byURL() throws {
        let store = try ClaimStore(path: StoreFixtures.temporaryPath())
        let outcomes = try store.write([
            Self.entry("a.html", "Short page one.", outlet: nil, url: "https://www.pike.example/news/ferry/"),
            Self.entry(
                "a.txt", "Short page two.", outlet: nil,
                url: "http://pike.example/news/ferry?utm_source=rss#x"),
            Self.entry(
                "b.html", "Short page three.", outlet: nil, url: "https://pike.example/news/ferry?id=2"),
        ])
        #expect(outcomes[1] == .copy(of: "a.html"))
        guard case .stored = outcomes[2] else {
            Issue.record("a URL with another meaningful parameter is another article: \(outcomes[2])")
            return
        }
        #expect(
            CanonicalURL.key("https://WWW.Pike.example/a/?utm_medium=x&fbclid=1&page=2")
                == "pike.example/a?page=2")
        #expect(CanonicalURL.key("not a url") == nil)
    }
}
