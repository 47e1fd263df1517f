/// A calendar date known to the year, the month or the day: `2025`, `2025-03`, `2025-03-24`.
///
/// News dates are often partial ("in August 2023"), so the precision is part of the value.
public struct ClaimDate: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// How much of the date is known.
    public enum Precision: String, Sendable, Codable, Comparable {
        case year, month, day

        private var rank: Int {
            switch self {
            case .year: 0
            case .month: 1
            case .day: 2
            }
        }

        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rank < rhs.rank }
    }

    public var year: Int
    public var month: Int?
    public var day: Int?

    /// Creates a date; a day needs a month, and out-of-range parts make it `nil`.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...ClaimDate.daysIn(month: month, year: year)).contains(day) else {
                return nil
            }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; anything after the day (a time, an offset) is
    /// ignored, so `2019-11-19T19:07:00-05:00` is the 19th, the page's own calendar date.
    public init?(parsing text: some StringProtocol) {
        let digits = Array(text.utf8.prefix(10))
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= digits.count else { return nil }
            var value = 0
            for byte in digits[range] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4) else { return nil }
        if digits.count == 4 {
            guard text.utf8.count == 4 else { return nil }
            self.init(year: year)
            return
        }
        guard digits.count >= 7, digits[4] == UInt8(ascii: "-"), let month = number(5..<7) else {
            return nil
        }
        if digits.count == 7 {
            guard text.utf8.count == 7 else { return nil }
            self.init(year: year, month: month)
            return
        }
        guard digits.count == 10, digits[7] == UInt8(ascii: "-"), let day = number(8..<10) else {
            return nil
        }
        if text.utf8.count > 10 {
            let next = text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: 10)]
            guard next == UInt8(ascii: "T") || next == UInt8(ascii: " ") else { return nil }
        }
        self.init(year: year, month: month, day: day)
    }

    /// How much of the date is known.
    public var precision: Precision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as far as the date is known.
    public var description: String {
        var text = padded(year, 4)
        if let month { text += "-" + padded(month, 2) }
        if let day { text += "-" + padded(day, 2) }
        return text
    }

    /// The first day this date can mean (`2025-03` → 2025-03-01), for range queries.
    public var firstDay: String {
        "\(padded(year, 4))-\(padded(month ?? 1, 2))-\(padded(day ?? 1, 2))"
    }

    /// The last day this date can mean (`2025-03` → 2025-03-31), for range queries.
    public var lastDay: String {
        let lastMonth = month ?? 12
        let last = day ?? ClaimDate.daysIn(month: lastMonth, year: year)
        return "\(padded(year, 4))-\(padded(lastMonth, 2))-\(padded(last, 2))"
    }

    /// The date `days` days later (or earlier, when negative); needs day precision.
    public func adding(days: Int) -> ClaimDate? {
        guard var month, var day else { return nil }
        var year = self.year
        var remaining = days
        while remaining > 0 {
            day += 1
            remaining -= 1
            if day > ClaimDate.daysIn(month: month, year: year) {
                day = 1
                month += 1
                if month > 12 {
                    month = 1
                    year += 1
                }
            }
        }
        while remaining < 0 {
            day -= 1
            remaining += 1
            if day < 1 {
                month -= 1
                if month < 1 {
                    month = 12
                    year -= 1
                }
                day = ClaimDate.daysIn(month: month, year: year)
            }
        }
        return ClaimDate(year: year, month: month, day: day)
    }

    /// The day of the week, 0 for Sunday through 6 for Saturday; needs day precision.
    public var weekday: Int? {
        guard let month, let day else { return nil }
        // Sakamoto's method.
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
    }

    /// The number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (lhs: ClaimDate, rhs: ClaimDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = ClaimDate(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not a date: \(text)")
        }
        self = date
    }
}

/// `value` with leading zeros to `width` digits.
private func padded(_ value: Int, _ width: Int) -> String {
    let text = "\(value)"
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}
