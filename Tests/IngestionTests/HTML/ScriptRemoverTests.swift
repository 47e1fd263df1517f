import Testing

@testable import Ingestion

@Suite("Script remover")
struct ScriptRemoverTests {
    private func strip(_ html: String) -> String {
        String(decoding: ScriptRemover.strip(Array(html.utf8)), as: UTF8.self)
    }

    @Test(
        "scripts and styles are emptied; JSON-LD, comments and the rest of the page stay",
        arguments: [
            ("<p>a</p><script>var x = '<p>no</p>';</script><p>b</p>", "<p>a</p><script></script><p>b</p>"),
            (
                "<SCRIPT type=text/javascript>x()</Script><p>b</p>",
                "<SCRIPT type=text/javascript></Script><p>b</p>"
            ),
            ("<style>p { color: red }</style><p>b</p>", "<style></style><p>b</p>"),
            (
                "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\"}</script>",
                "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\"}</script>"
            ),
            (
                "<!-- <script> --><p>kept</p><script>x</script>",
                "<!-- <script> --><p>kept</p><script></script>"
            ),
            ("<scripts>not a script</scripts>", "<scripts>not a script</scripts>"),
            ("<p>a</p><script>never closed <p>gone</p>", "<p>a</p><script>"),
        ])
    func strips(html: String, expected: String) {
        #expect(strip(html) == expected)
    }
}
