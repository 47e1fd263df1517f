import ClaimsModel

/// Reads the publication dates pages write: ISO 8601, `2019/11/19`, `20191119`,
/// `November 19, 2019`, `Tue, 19 Nov 2019 19:07:00 GMT`.
///
/// The date is the one written, never converted to another time zone:
/// `2019-11-19T19:07:00-05:00` is the 19th.
struct DateText: Sendable {
    private let months: [String: Int]

    init(lexicon: Lexicon) {
        var months: [String: Int] = [:]
        for (name, number) in lexicon.table("months.txt") {
            if let value = Int(number) { months[name.lowercased()] = value }
        }
        self.months = months
    }

    /// The calendar date in `text`, or `nil`.
    func parse(_ text: String) -> ClaimDate? {
        guard let date = anyDate(text), (1990...2100).contains(date.year) else { return nil }
        return date
    }

    private func anyDate(_ text: String) -> ClaimDate? {
        let trimmed = text.trimmingPrefix(while: { $0 == " " })
        if let date = ClaimDate(parsing: trimmed), date.precision == .day { return date }
        let bytes = Array(trimmed.utf8)
        // 2019/11/19, 2019.11.19, 2019-11-19T…, 20191119
        if bytes.count >= 8, bytes.prefix(4).allSatisfy(isDigit) {
            if bytes.count >= 10, bytes[4] == bytes[7], [0x2F, 0x2E, 0x2D].contains(bytes[4]),
                let month = number(bytes[5..<7]), let day = number(bytes[8..<10])
            {
                return ClaimDate(year: number(bytes[0..<4])!, month: month, day: day)
            }
            if bytes.prefix(8).allSatisfy(isDigit), bytes.count == 8 || !isDigit(bytes[8]) {
                return ClaimDate(
                    year: number(bytes[0..<4])!, month: number(bytes[4..<6]), day: number(bytes[6..<8]))
            }
        }
        return wordDate(String(trimmed))
    }

    /// "November 19, 2019", "19 Nov. 2019", "Tue, 19 Nov 2019", "01:38 PM IST Nov 20, 2019": a
    /// month word with its day beside it, and a four-digit year.
    private func wordDate(_ text: String) -> ClaimDate? {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard words.count <= 16 else { return nil }
        guard let monthIndex = words.firstIndex(where: { months[$0.lowercased()] != nil }),
            let month = months[words[monthIndex].lowercased()],
            let year = words.first(where: {
                $0.count == 4 && Int($0).map { (1900...2100).contains($0) } == true
            })
            .flatMap({ Int($0) })
        else { return nil }
        func day(_ index: Int) -> Int? {
            guard words.indices.contains(index) else { return nil }
            var word = Substring(words[index])
            for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) { word = word.dropLast(2) }
            guard word.count <= 2, let value = Int(word), (1...31).contains(value) else { return nil }
            return value
        }
        guard let found = day(monthIndex + 1) ?? day(monthIndex - 1) else { return nil }
        return ClaimDate(year: year, month: month, day: found)
    }

    /// A date in a URL path: `/2019/11/19/` or `/2019-11-19/`.
    static func fromURLPath(_ url: String) -> ClaimDate? {
        let parts = url.split(separator: "/")
        for index in parts.indices {
            let part = parts[index]
            if part.count == 4, let year = Int(part), (1990...2100).contains(year), index + 2 < parts.count,
                parts[index + 1].count == 2, let month = Int(parts[index + 1]),
                parts[index + 2].count == 2, let day = Int(parts[index + 2])
            {
                return ClaimDate(year: year, month: month, day: day)
            }
            if part.count == 10, let date = ClaimDate(parsing: part) { return date }
        }
        return nil
    }

    private func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    private func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
