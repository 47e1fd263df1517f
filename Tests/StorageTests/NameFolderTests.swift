import ClaimsModel
import Testing

@testable import Storage

@Suite("Name folding")
struct NameFolderTests {
    let folder = NameFolder(titles: ["defense", "minister", "president", "dr"])

    @Test(
        "names fold to one key whatever the case, diacritics and titles",
        arguments: [
            ("Nebojša Stefanović", "nebojsa stefanovic"),
            ("Nebojsa Stefanovic", "nebojsa stefanovic"),
            ("NEBOJŠA STEFANOVIĆ", "nebojsa stefanovic"),
            ("Defense Minister Stefanović", "stefanovic"),
            ("President Masoud Pezeshkian", "masoud pezeshkian"),
            ("The Geopost", "geopost"),
            ("Kosovo’s Security Council", "kosovos security council"),
            ("Đorđe Đoković", "dorde dokovic"),
            ("  ", ""),
        ])
    func folds(name: String, key: String) {
        #expect(folder.key(name, kind: .person) == key)
    }

    @Test("a title alone stays a name, and organisations keep their leading words")
    func keepsNames() {
        #expect(folder.key("President", kind: .person) == "president")
        #expect(folder.key("Defense Ministry", kind: .organization) == "defense ministry")
    }
}
