import ClaimsModel
import FuzzDriver
import Ingestion

// Any valid UTF-8 as an article body; every claim's spans must stay inside the body and its
// content must be the text of its span.
runFuzzer { bytes in
    guard let body = String(validating: bytes, as: UTF8.self) else { return }
    let article = Article(key: "fuzz", body: body, date: ClaimDate(year: 2024, month: 5, day: 14))
    let length = body.unicodeScalars.count
    for claim in ClaimExtractor().extract(article).claims {
        for span in [claim.contentSpan, claim.speakerSpan, claim.cueSpan].compactMap({ $0 }) {
            precondition(span.start >= 0 && span.end <= length, "span outside the body")
        }
        precondition(body.slice(claim.contentSpan) == claim.content, "content is not its span")
    }
}
