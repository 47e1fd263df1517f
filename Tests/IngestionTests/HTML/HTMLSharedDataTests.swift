import ClaimsModel
import Foundation
import Testing

@testable import Ingestion

/// `../shared/data/articles`, beside the package, when it is there.
private let articlesFolder: URL? = {
    let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let folder = package.deletingLastPathComponent().appendingPathComponent("shared/data/articles")
    return FileManager.default.fileExists(atPath: folder.appendingPathComponent("manifest.jsonl").path)
        ? folder : nil
}()

@Suite("HTML reader on the real articles in ../shared/data")
struct HTMLSharedDataTests {
    @Test(
        "every saved article page reads, with a body and the manifest's calendar date for 90% of them",
        .disabled(if: articlesFolder == nil, "../shared/data/articles is absent"))
    func articlesRead() throws {
        let folder = try #require(articlesFolder)
        let manifest = try String(
            contentsOf: folder.appendingPathComponent("manifest.jsonl"), encoding: .utf8)
        let reader = HTMLReader()
        var pages = 0
        var rightDates = 0
        for line in manifest.split(separator: "\n") {
            let record = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = try #require(record["id"] as? String)
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("\(id).html")))
            let article = try reader.read(bytes, key: "\(id).html")
            pages += 1
            #expect(article.body.count > 200, "\(id) has a body")
            if let date = record["date"] as? String, article.date?.description == String(date.prefix(10)) {
                rightDates += 1
            }
        }
        #expect(pages == 54)
        #expect(Double(rightDates) >= 0.9 * Double(pages))
    }
}
