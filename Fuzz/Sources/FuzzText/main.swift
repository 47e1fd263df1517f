import FuzzDriver
import Ingestion

// Any bytes through the text path: decoding checks, then the page-dump reader.
runFuzzer { bytes in
    guard let text = String(validating: bytes, as: UTF8.self) else { return }
    let article = TextReader().read(text, key: "fuzz.txt")
    precondition(article.body.unicodeScalars.count <= text.unicodeScalars.count)
}
