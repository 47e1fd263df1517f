import Storage
import Testing

@testable import ClaimsCLI

@Suite("JSON output values")
struct OutputValueTests {
    @Test(
        "strings escape quotes, backslashes, control characters and U+2028/U+2029; the rest is copied",
        arguments: [
            ("", #""""#),
            ("plain words", #""plain words""#),
            ("\"quoted\" \\ back", #""\"quoted\" \\ back""#),
            ("line\nbreak\r\ttab", #""line\nbreak\r\ttab""#),
            ("nul \u{0} esc \u{1B} unit \u{1F}", #""nul \u0000 esc \u001b unit \u001f""#),
            (
                "sep \u{2028} para \u{2029} dash \u{2027}\u{202A}",
                "\"sep \\u2028 para \\u2029 dash \u{2027}\u{202A}\""
            ),
            (
                "caf\u{E9} \u{6771}\u{4EAC} \u{1F30A} \u{E2}\u{80}",
                "\"caf\u{E9} \u{6771}\u{4EAC} \u{1F30A} \u{E2}\u{80}\""
            ),
            ("\u{2028}", #""\u2028""#),
            ("end\"", #""end\"""#),
        ])
    func quoted(text: String, json: String) {
        #expect(OutputValue.quoted(text) == json)
    }
}
