import ClaimsModel

/// Resolves when a claim was made and which dates its content mentions.
///
/// A claim is dated by its article unless the words around the cue say when ("said on
/// Tuesday", "said yesterday"), resolved against the publication date. Dates in the content
/// keep their precision: "in August 2023" is 2023-08, "on March 3, 2024" a day, "in 1979" a
/// year, "last week" the day a week before publication.
struct DateResolver: Sendable {
    let vocabulary: ExtractionVocabulary
    /// First words of relative date phrases, checked before building two-word keys.
    let relativeStarts: Set<String> = ["last", "this", "next", "yesterday", "today", "tonight", "tomorrow"]

    /// The date a cue's surrounding words give, if any.
    func spokenDate(_ range: Range<Int>?, tokens: [Token], published: ClaimDate?) -> ClaimDate? {
        guard let range, let published, published.precision == .day else { return nil }
        for index in range {
            let lower = tokens[index].lower
            if let weekday = vocabulary.weekdays[lower] {
                return lastWeekday(weekday, onOrBefore: published)
            }
            if lower == "yesterday" { return published.adding(days: -1) }
            if lower == "today" { return published }
        }
        return nil
    }

    private func lastWeekday(_ weekday: Int, onOrBefore date: ClaimDate) -> ClaimDate? {
        guard let current = date.weekday else { return nil }
        let back = (current - weekday + 7) % 7
        return date.adding(days: -back)
    }

    /// The dates mentioned in `range`, in order, without repeats.
    func mentionedDates(_ range: Range<Int>, tokens: [Token], published: ClaimDate?) -> [ClaimDate] {
        var dates: [ClaimDate] = []
        func add(_ date: ClaimDate?) {
            if let date, !dates.contains(date) { dates.append(date) }
        }
        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            if token.kind == .word, token.isCapitalized, let month = monthNumber(token) {
                // "August 2023", "March 3, 2024", "March 3", "August".
                var day: Int?
                var year: Int?
                var next = index + 1
                if next < range.upperBound, let value = number(tokens[next]), (1...31).contains(value) {
                    day = value
                    next += 1
                    if next + 1 < range.upperBound, tokens[next].text == ",",
                        let value = number(tokens[next + 1]),
                        (1000...2999).contains(value)
                    {
                        year = value
                        next += 2
                    }
                } else if next < range.upperBound, let value = number(tokens[next]),
                    (1000...2999).contains(value)
                {
                    year = value
                    next += 1
                } else if next + 1 < range.upperBound, tokens[next].lower == "of",
                    let value = number(tokens[next + 1]), (1000...2999).contains(value)
                {
                    year = value
                    next += 2
                }
                if year == nil, day == nil, token.lower == "may" || token.lower == "march" {
                    // "May" and "March" alone are too often other words.
                    index += 1
                    continue
                }
                let resolvedYear = year ?? published.map { month > ($0.month ?? 12) ? $0.year - 1 : $0.year }
                if let resolvedYear { add(ClaimDate(year: resolvedYear, month: month, day: day)) }
                index = next
                continue
            }
            if let value = number(token), (1900...2100).contains(value), token.text.utf8.count == 4 {
                add(ClaimDate(year: value))
                index += 1
                continue
            }
            if token.kind == .word, let published, token.isCapitalized || relativeStarts.contains(token.lower)
            {
                if let weekday = vocabulary.weekdays[token.lower], token.isCapitalized,
                    index > range.lowerBound,
                    ["on", "last", "since", "by", "until"].contains(tokens[index - 1].lower)
                {
                    add(lastWeekday(weekday, onOrBefore: published.adding(days: -1) ?? published))
                } else if index + 1 < range.upperBound,
                    let relative = vocabulary.relativeDates[token.lower + " " + tokens[index + 1].lower]
                {
                    add(shifted(published, relative))
                    index += 2
                    continue
                } else if let relative = vocabulary.relativeDates[token.lower] {
                    add(shifted(published, relative))
                }
            }
            index += 1
        }
        return dates
    }

    private func shifted(_ date: ClaimDate, _ relative: (amount: Int, unit: String)) -> ClaimDate? {
        switch relative.unit {
        case "day", "week":
            return date.adding(days: relative.amount)
        case "month":
            guard let month = date.month else { return nil }
            var total = date.year * 12 + (month - 1) + relative.amount
            if total < 0 { total = 0 }
            return ClaimDate(year: total / 12, month: total % 12 + 1)
        case "year":
            return ClaimDate(year: date.year + relative.amount)
        default:
            return nil
        }
    }

    private func monthNumber(_ token: Token) -> Int? {
        var key = token.lower
        if key.hasSuffix(".") { key.removeLast() }
        return vocabulary.months[key]
    }

    private func number(_ token: Token) -> Int? {
        guard token.kind == .number, token.text.utf8.count <= 4 else { return nil }
        return Int(token.text)
    }
}
