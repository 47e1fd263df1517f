/// Splits an article body into tokens by a single hand-written scan over its UTF-8 bytes.
///
/// Words keep inner hyphens, apostrophes and dots ("Shahed-136", "don't", "U.S."); a possessive
/// "'s" is a token of its own; a period joins the word before it when that word is a known
/// abbreviation or an initial. Line breaks are tokens, so paragraphs can be found later.
///
/// - Complexity: O(n) in the length of the body.
struct Tokenizer: Sendable {
    /// Lower-case abbreviations without their period ("gen", "sept").
    let abbreviations: Set<String>

    /// Top-level domains common in news text, for site names written as a word.
    private static let domainEndings: Set<String> = [
        "com", "org", "net", "gov", "edu", "co", "uk", "eu", "io",
    ]

    init(abbreviations: Set<String>) {
        self.abbreviations = abbreviations
    }

    /// The tokens of `body`, in order.
    func tokens(of body: String) -> [Token] {
        var body = body
        return body.withUTF8 { scan($0) }
    }

    private func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        let count = bytes.count
        var index = 0
        var point = 0
        var spaceBefore = true

        /// The code point at `at`, its byte length; for non-ASCII lead bytes only.
        func scalar(at position: Int) -> (UInt32, Int) {
            let lead = bytes[position]
            if lead < 0x80 { return (UInt32(lead), 1) }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            guard position + length <= count else { return (0xFFFD, 1) }
            var value: UInt32
            switch length {
            case 2: value = UInt32(lead & 0x1F)
            case 3: value = UInt32(lead & 0x0F)
            case 4: value = UInt32(lead & 0x07)
            default: return (0xFFFD, 1)
            }
            for offset in 1..<length { value = value << 6 | UInt32(bytes[position + offset] & 0x3F) }
            return (value, length)
        }

        /// Whether a common top-level domain in lower case, then no more letters or digits,
        /// starts at `position`: "GunBroker.com" and "Politico.eu" are one word, a site's name.
        func isDomainEnd(_ position: Int) -> Bool {
            var end = position
            while end < count, end - position < 4, bytes[end] >= 0x61 && bytes[end] <= 0x7A { end += 1 }
            guard (2...3).contains(end - position), end == count || !isWordScalar(UInt32(bytes[end])) else {
                return false
            }
            return Self.domainEndings.contains(String(decoding: bytes[position..<end], as: UTF8.self))
        }

        func isSpaceScalar(_ value: UInt32) -> Bool {
            value == 0xA0 || value == 0x2009 || value == 0x200A || value == 0x202F || value == 0x2002
                || value == 0x2003 || value == 0x200B || value == 0xFEFF || value == 0x3000
        }

        /// Whether the code point can be part of a word: letters, digits, and any non-ASCII
        /// character that is not punctuation, a quotation mark or a space.
        func isWordScalar(_ value: UInt32) -> Bool {
            if value < 0x80 {
                let byte = UInt8(value)
                return (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
                    || (byte >= 0x30 && byte <= 0x39)
            }
            switch value {
            case 0x2010...0x205F, 0xA0, 0xAB, 0xBB, 0xBF, 0xA1, 0xB7, 0x3000, 0xFEFF: return false
            default: return true
            }
        }

        func text(_ from: Int, _ to: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
        }

        func lowered(_ from: Int, _ to: Int) -> String {
            var hasUpper = false
            for position in from..<to where bytes[position] >= 0x41 && bytes[position] <= 0x5A {
                hasUpper = true
                break
            }
            if !hasUpper { return text(from, to) }
            return String(unsafeUninitializedCapacity: to - from) { buffer in
                for position in from..<to {
                    let byte = bytes[position]
                    buffer[position - from] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                }
                return to - from
            }
        }

        func append(
            _ kind: Token.Kind, _ from: Int, _ to: Int, _ startPoint: Int, _ endPoint: Int,
            facing: Token.QuoteFacing = .none
        ) {
            var token = Token(
                kind: kind, byteStart: from, byteEnd: to, start: startPoint, end: endPoint,
                text: text(from, to),
                lower: kind == .word ? lowered(from, to) : text(from, to), spaceBefore: spaceBefore,
                facing: facing)
            if kind == .word {
                let lead = bytes[from]
                if lead >= 0x41 && lead <= 0x5A {
                    token.isCapitalized = true
                } else if lead >= 0x80 {
                    let (value, _) = scalar(at: from)
                    token.isCapitalized = Unicode.Scalar(value)?.properties.isUppercase ?? false
                }
            }
            tokens.append(token)
            spaceBefore = false
        }

        while index < count {
            let byte = bytes[index]
            // Line breaks and spaces.
            if byte == 0x0A || byte == 0x0D {
                let from = index
                let fromPoint = point
                while index < count,
                    bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x20
                        || bytes[index] == 0x09
                {
                    index += 1
                    point += 1
                }
                if tokens.last?.kind != .lineBreak {
                    spaceBefore = true
                    append(.lineBreak, from, from + 1, fromPoint, fromPoint + 1)
                }
                spaceBefore = true
                continue
            }
            if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C {
                index += 1
                point += 1
                spaceBefore = true
                continue
            }
            let (value, length) = scalar(at: index)
            if byte >= 0x80 && isSpaceScalar(value) {
                index += length
                point += 1
                spaceBefore = true
                continue
            }
            // Quotation marks.
            switch value {
            case 0x201C, 0x201E, 0xAB:
                append(.quote, index, index + length, point, point + 1, facing: .opening)
                index += length
                point += 1
                continue
            case 0x201D, 0xBB:
                append(.quote, index, index + length, point, point + 1, facing: .closing)
                index += length
                point += 1
                continue
            case 0x22:
                append(.quote, index, index + 1, point, point + 1, facing: .either)
                index += 1
                point += 1
                continue
            case 0x60 where index + 1 < count && bytes[index + 1] == 0x60:
                append(.quote, index, index + 2, point, point + 2, facing: .opening)
                index += 2
                point += 2
                continue
            case 0x27 where index + 1 < count && bytes[index + 1] == 0x27:
                append(.quote, index, index + 2, point, point + 2, facing: .either)
                index += 2
                point += 2
                continue
            default:
                break
            }
            // Words.
            if isWordScalar(value) {
                let from = index
                let fromPoint = point
                var segment = 0  // letters since the last inner dot, for "U.S."
                var hasInnerDot = false
                var allDigits = true
                while index < count {
                    let (current, currentLength) = scalar(at: index)
                    if isWordScalar(current) {
                        if current < 0x30 || current > 0x39 { allDigits = false }
                        index += currentLength
                        point += 1
                        segment += 1
                        continue
                    }
                    // A multi-byte mark ("»") may be the body's last character.
                    guard index + currentLength < count else { break }
                    let (next, _) = scalar(at: index + currentLength)
                    let nextIsWord = isWordScalar(next)
                    // Possessive 's / ’s ends the word; it becomes a token of its own.
                    if current == 0x27 || current == 0x2019 {
                        if nextIsWord && (next == 0x73 || next == 0x53) {
                            let after = index + currentLength + 1
                            if after >= count || !isWordScalar(scalar(at: after).0) { break }
                        }
                        if nextIsWord {
                            index += currentLength
                            point += 1
                            segment += 1
                            continue
                        }
                        break
                    }
                    if (current == 0x2D || current == 0x2011) && nextIsWord {
                        index += currentLength
                        point += 1
                        segment = 0
                        continue
                    }
                    if current == 0x2E && nextIsWord
                        && (segment <= 2 && next > 0x39 || isDomainEnd(index + 1))
                    {
                        index += 1
                        point += 1
                        segment = 0
                        hasInnerDot = true
                        continue
                    }
                    if (current == 0x2C || current == 0x2E) && allDigits && next >= 0x30 && next <= 0x39 {
                        index += 1
                        point += 1
                        continue
                    }
                    break
                }
                var to = index
                var isAbbreviation = false
                if index < count, bytes[index] == 0x2E, !allDigits {
                    let length = to - from
                    let lead = bytes[from]
                    let single = length == 1 && lead >= 0x41 && lead <= 0x5A
                    // "R-Ky." and "D-Calif." end in a state abbreviation after the hyphen.
                    var part = from
                    var position = to - 1
                    while position > from {
                        if bytes[position] == 0x2D {
                            part = position + 1
                            break
                        }
                        position -= 1
                    }
                    let abbreviatedPart =
                        part > from && part < to && bytes[part] >= 0x41 && bytes[part] <= 0x5A
                        && abbreviations.contains(lowered(part, to))
                    if hasInnerDot || single || abbreviations.contains(lowered(from, to)) || abbreviatedPart {
                        index += 1
                        point += 1
                        to = index
                        isAbbreviation = true
                    }
                }
                append(allDigits ? .number : .word, from, to, fromPoint, point)
                if isAbbreviation { tokens[tokens.count - 1].isAbbreviation = true }
                continue
            }
            // A possessive standing alone after a name: "Kosovo's" gives "Kosovo" then "'s".
            if (value == 0x27 || value == 0x2019), index + length < count,
                bytes[index + length] == 0x73 || bytes[index + length] == 0x53,
                tokens.last?.kind == .word, !spaceBefore,
                index + length + 1 >= count || !isWordScalar(scalar(at: index + length + 1).0)
            {
                append(.word, index, index + length + 1, point, point + 2)
                index += length + 1
                point += 2
                continue
            }
            // Dashes written as two or three hyphens are one token.
            if byte == 0x2D, index + 1 < count, bytes[index + 1] == 0x2D {
                let from = index
                let fromPoint = point
                while index < count, bytes[index] == 0x2D {
                    index += 1
                    point += 1
                }
                append(.punctuation, from, index, fromPoint, point)
                continue
            }
            // Ellipsis written as dots is one token.
            if byte == 0x2E, index + 2 < count, bytes[index + 1] == 0x2E, bytes[index + 2] == 0x2E {
                let from = index
                let fromPoint = point
                while index < count, bytes[index] == 0x2E {
                    index += 1
                    point += 1
                }
                append(.punctuation, from, index, fromPoint, point)
                continue
            }
            append(.punctuation, index, index + length, point, point + 1)
            index += length
            point += 1
        }
        return tokens
    }
}
