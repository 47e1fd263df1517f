import ClaimsModel
import Testing

@Suite("Claim dates")
struct ClaimDateTests {
    @Test(
        "dates parse to their precision, keeping the page's own calendar day",
        arguments: [
            ("2025", "2025", ClaimDate.Precision.year),
            ("2025-03", "2025-03", .month),
            ("2025-03-24", "2025-03-24", .day),
            ("2019-11-19T19:07:00-05:00", "2019-11-19", .day),
            ("2021-06-30 14:00:00", "2021-06-30", .day),
        ])
    func parses(text: String, expected: String, precision: ClaimDate.Precision) throws {
        let date = try #require(ClaimDate(parsing: text))
        #expect(date.description == expected)
        #expect(date.precision == precision)
    }

    @Test(
        "malformed dates are refused",
        arguments: ["2025-13", "2025-02-30", "25-03-01", "March 2025", "2025-3"])
    func refuses(text: String) {
        #expect(ClaimDate(parsing: text) == nil)
    }

    @Test("range ends and day arithmetic")
    func arithmetic() throws {
        let month = try #require(ClaimDate(parsing: "2024-02"))
        #expect(month.firstDay == "2024-02-01")
        #expect(month.lastDay == "2024-02-29")
        let day = try #require(ClaimDate(parsing: "2025-03-01"))
        #expect(day.adding(days: -1)?.description == "2025-02-28")
        #expect(day.adding(days: 31)?.description == "2025-04-01")
        #expect(day.weekday == 6)  // a Saturday
    }
}
