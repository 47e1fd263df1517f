import ClaimsModel
import Foundation

@testable import Storage

/// Small articles and hand-built claims for storage tests (the extractor is not needed).
enum StoreFixtures {
    /// A fresh database path in its own temporary folder.
    static func temporaryPath(_ name: String = "test.sqlite") -> String {
        let folder = FileManager.default.temporaryDirectory.appending(
            path: "claims-store-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appending(path: name).path
    }

    /// The span of the first occurrence of `part` in `body`, in code points.
    static func span(of part: String, in body: String) -> TextSpan {
        let range = body.range(of: part)!
        let start = body.unicodeScalars.distance(from: body.unicodeScalars.startIndex, to: range.lowerBound)
        return TextSpan(start, start + part.unicodeScalars.count)
    }

    static let harbourBody = """
        Harbour reopens after storm

        The port of Valmere reopened on Monday, Harbour Master Ilse Varga told the Coastline Wire.
        "Every berth has been inspected twice," she said.

        Defense Minister Tomás Ørsted was also in Valmere, but did not speak to reporters.
        """

    /// An article of Coastline Wire with two claims by Ilse Varga and a mention of Ørsted.
    static func harbour(date: String = "2024-05-06") -> ArchiveEntry {
        let body = harbourBody
        let first = "The port of Valmere reopened on Monday"
        let second = "Every berth has been inspected twice,"
        let claims = [
            Claim(
                actor: "Ilse Varga", actorKind: .person, speakerText: "Harbour Master Ilse Varga",
                speakerSpan: span(of: "Harbour Master Ilse Varga", in: body),
                actorDescription: "Harbour Master",
                cue: "told", cueSpan: span(of: "told", in: body), kind: .indirect, content: first,
                contentSpan: span(of: first, in: body), source: "Coastline Wire", sourceKind: .outlet,
                mentionedDates: [ClaimDate(parsing: "2024-05")!], confidence: 0.9),
            Claim(
                actor: "Ilse Varga", actorKind: .person, speakerText: "she",
                speakerSpan: span(of: "she", in: body),
                cue: "said", cueSpan: span(of: "said", in: body), kind: .direct, content: second,
                contentSpan: span(of: second, in: body), confidence: 0.8),
        ]
        let mentions = [
            Mention(name: "Ilse Varga", kind: .person, span: span(of: "Ilse Varga", in: body)),
            Mention(
                name: "Tomás Ørsted", kind: .person, span: span(of: "Defense Minister Tomás Ørsted", in: body)
            ),
        ]
        let article = Article(
            key: "harbour.txt", body: body, title: "Harbour reopens after storm", outlet: "Coastline Wire",
            authors: ["Pia Lund"], date: ClaimDate(parsing: date), dateBasis: .metadata,
            url: "https://coastlinewire.example/harbour", sourcePath: "/tmp/harbour.txt")
        return ArchiveEntry(article: article, extraction: Extraction(claims: claims, mentions: mentions))
    }

    static let councilBody = """
        The council approved the budget on Tuesday, according to the Northern Ledger.

        Defense Minister Tomás Ørsted spoke after the vote. Minister Ørsted said the ferry subsidy near the harbour and the bridge would "stay where it is" until 2026.
        """

    /// An article of Northern Ledger: a claim through a source, and one by "Minister Ørsted",
    /// whom the extractor has already resolved to the full name the article gives first.
    static func council() -> ArchiveEntry {
        let body = councilBody
        let first = "The council approved the budget on Tuesday"
        let second = "the ferry subsidy near the harbour and the bridge would \"stay where it is\" until 2026"
        let claims = [
            Claim(
                actor: "Northern Ledger", actorKind: .outlet, speakerText: "the Northern Ledger",
                speakerSpan: span(of: "the Northern Ledger", in: body), cue: "according to",
                cueSpan: span(of: "according to", in: body), kind: .indirect, content: first,
                contentSpan: span(of: first, in: body), source: "Northern Ledger", sourceKind: .outlet),
            Claim(
                actor: "Tomás Ørsted", actorKind: .person, speakerText: "Minister Ørsted",
                speakerSpan: span(of: "Minister Ørsted", in: body), cue: "said",
                cueSpan: span(of: "said", in: body),
                kind: .mixed, content: second, contentSpan: span(of: second, in: body),
                date: ClaimDate(parsing: "2025-01-14"), dateBasis: .text,
                mentionedDates: [ClaimDate(parsing: "2026")!]),
        ]
        let article = Article(
            key: "council-1", body: body, externalID: "council-1", outlet: "Northern Ledger",
            date: ClaimDate(parsing: "2025-01"), dateBasis: .flag)
        return ArchiveEntry(article: article, extraction: Extraction(claims: claims, mentions: []))
    }
}
