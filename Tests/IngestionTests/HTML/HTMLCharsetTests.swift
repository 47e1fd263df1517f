import ClaimsModel
import Testing

@testable import Ingestion

private let sentence = "Le café de la gare a rouvert mardi, a déclaré le maire, après des travaux."

@Suite("HTML character sets")
struct HTMLCharsetTests {
    let reader = HTMLReader()

    /// `<html>` around `head` and one paragraph, encoded byte by byte by `encode`.
    private func page(head: String, text: String, encode: (String) -> [UInt8]) -> [UInt8] {
        encode("<html><head>\(head)</head><body><p>\(text)</p></body></html>")
    }

    /// ISO-8859-1 / Windows-1252 bytes of text that fits in them.
    private func latin1(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x2019: 0x92
            case 0x20AC: 0x80
            default: UInt8(scalar.value)
            }
        }
    }

    @Test("UTF-8 pages are read as they are")
    func utf8() throws {
        let article = try reader.read(
            page(head: "<meta charset=\"utf-8\">", text: sentence) { Array($0.utf8) }, key: "a.html")
        #expect(article.body == sentence)
    }

    @Test(
        "a page declaring a Latin charset is decoded to UTF-8",
        arguments: [
            "<meta charset=\"iso-8859-1\">",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
            "<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=windows-1252'>",
        ])
    func latinCharsets(declaration: String) throws {
        let text = sentence + " L\u{2019}addition: 12 \u{20AC}."
        let article = try reader.read(page(head: declaration, text: text, encode: latin1), key: "a.html")
        #expect(article.body == text)
    }

    @Test(
        "valid UTF-8 wins over a declared single-byte charset (no \"KosovoÃ¢â‚¬â„¢s\")",
        arguments: ["<meta charset=\"iso-8859-1\">", "<meta charset=\"windows-1252\">"])
    func utf8OverDeclaredLatin(declaration: String) throws {
        let text = "Kosovo\u{2019}s caf\u{E9} reopened, the mayor said."
        let article = try reader.read(page(head: declaration, text: text) { Array($0.utf8) }, key: "a.html")
        #expect(article.body == text)
    }

    @Test("the charset a page was served with decodes it when it declares none; its own <meta> wins")
    func servedCharset() throws {
        let text = "Most w \u{141}odzi otwarto w pi\u{105}tek."
        let latin2: [Character: UInt8] = ["\u{141}": 0xA3, "\u{105}": 0xB1]
        let encode = { (page: String) in page.map { latin2[$0] ?? $0.asciiValue! } }
        let undeclared = page(head: "", text: text, encode: encode)
        #expect(try reader.read(undeclared, key: "a.html", servedCharset: "ISO-8859-2").body == text)
        #expect(try reader.read(undeclared, key: "a.html").body != text)
        let declared = page(head: "<meta charset=\"iso-8859-2\">", text: text, encode: encode)
        #expect(try reader.read(declared, key: "a.html", servedCharset: "windows-1252").body == text)
    }

    @Test("a page declaring Shift_JIS is decoded through libxml2's converters")
    func shiftJIS() throws {
        // 東京 (Tokyo) in Shift_JIS, then ASCII.
        let bytes =
            Array("<html><head><meta charset=\"Shift_JIS\"></head><body><p>".utf8) + [0x93, 0x8C, 0x8B, 0x9E]
            + Array(": the harbour reopened on Friday, officials said.</p></body></html>".utf8)
        let article = try reader.read(bytes, key: "a.html")
        #expect(article.body == "東京: the harbour reopened on Friday, officials said.")
    }

    @Test("invalid bytes in a UTF-8 page become U+FFFD and the rest is kept")
    func invalidUTF8() throws {
        let bytes =
            Array("<html><body><p>Caf\u{E9} \u{2014} ".utf8) + [0xFF, 0xC3]
            + Array(" open again.</p></body></html>".utf8)
        let article = try reader.read(bytes, key: "a.html")
        #expect(article.body == "Caf\u{E9} \u{2014} \u{FFFD}\u{FFFD} open again.")
    }

    @Test("an undeclared page that is not UTF-8 at all is read as Windows-1252")
    func undeclaredLegacy() throws {
        let article = try reader.read(page(head: "", text: sentence, encode: latin1), key: "a.html")
        #expect(article.body == sentence)
    }

    @Test("a UTF-16 page with a byte-order mark is decoded")
    func utf16() throws {
        let html = "<html><body><p>\(sentence)</p></body></html>"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in html.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let article = try reader.read(bytes, key: "a.html")
        #expect(article.body == sentence)
    }

    @Test("the declared charset is found in meta tags and XML declarations only")
    func declarations() {
        #expect(CharsetDetector.declaredCharset(Array("<meta charset=utf-8>".utf8)) == "utf-8")
        #expect(
            CharsetDetector.declaredCharset(Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>".utf8))
                == "ISO-8859-1")
        #expect(CharsetDetector.declaredCharset(Array("<p>charset=koi8-r</p>".utf8)) == nil)
        #expect(CharsetDetector.normalized("Latin1") == "windows-1252")
    }
}
