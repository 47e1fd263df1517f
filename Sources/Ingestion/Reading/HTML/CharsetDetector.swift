import CLibXML2

/// Finds a page's character set and turns its bytes into valid UTF-8.
///
/// The charset comes from a byte-order mark; else bytes that are valid UTF-8 are UTF-8, whatever
/// the page declares (servers and templates often declare ISO-8859-1 over UTF-8 text, and text
/// in another charset is almost never valid UTF-8 once it has a few non-ASCII letters); else
/// from `<meta charset>` or an http-equiv `Content-Type` in the first 16 KB; else from the charset
/// the page was served with (an HTTP `Content-Type` header), when the caller knows it. Invalid
/// bytes become U+FFFD rather than failing the page; an undeclared page that is not UTF-8 at all
/// is read as Windows-1252, the usual legacy charset of the web.
enum CharsetDetector {
    /// How far into the page to look for a charset declaration.
    static let prescanLength = 16 << 10

    /// The page as valid UTF-8, and the charset it was read as (`utf-8`, `windows-1252`, ...);
    /// `servedCharset` is the label the page was served with, if any.
    static func utf8(_ bytes: [UInt8], servedCharset: String? = nil) -> (bytes: [UInt8], charset: String) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (replacingInvalidUTF8(bytes[3...]), "utf-8")
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return (utf16(bytes[2...], bigEndian: false), "utf-16le") }
        if bytes.starts(with: [0xFE, 0xFF]) { return (utf16(bytes[2...], bigEndian: true), "utf-16be") }
        if let valid = validUTF8(bytes) { return (valid, "utf-8") }
        guard let label = declaredCharset(bytes) ?? servedCharset else {
            if looksLegacy(bytes) { return (windows1252(bytes), "windows-1252") }
            return (replacingInvalidUTF8(bytes[...]), "utf-8")
        }
        return utf8(bytes, charset: label)
    }

    /// Bytes that are not valid UTF-8 as UTF-8, read in the charset `label` names.
    static func utf8(_ bytes: [UInt8], charset label: String) -> (bytes: [UInt8], charset: String) {
        switch normalized(label) {
        case "utf-8":
            return (replacingInvalidUTF8(bytes[...]), "utf-8")
        case "windows-1252":
            return (windows1252(bytes), "windows-1252")
        case let name:
            if let converted = convertWithLibXML(bytes, from: name) { return (converted, name) }
            return (replacingInvalidUTF8(bytes[...]), "utf-8")
        }
    }

    /// The charset label a page declares in its first bytes, as written.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let end = min(bytes.count, prescanLength)
        var index = 0
        while index + 5 < end {
            // `<meta` (any case) or `<?xml`.
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            let isMeta = matches(bytes, at: index + 1, "meta")
            let isXML = matches(bytes, at: index + 1, "?xml")
            guard isMeta || isXML else {
                index += 1
                continue
            }
            var close = index + 5
            while close < end, bytes[close] != UInt8(ascii: ">") { close += 1 }
            let key = isMeta ? "charset" : "encoding"
            if let label = value(after: key, in: bytes, from: index + 5, to: close) { return label }
            index = close
        }
        return nil
    }

    /// The WHATWG name for a charset label: `latin1` and `ascii` mean Windows-1252, and so on.
    static func normalized(_ label: String) -> String {
        let name = label.lowercased()
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "unicode":
            // A UTF-16 label on a page without a byte-order mark is a lie: the bytes are ASCII-based.
            return "utf-8"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252",
            "x-cp1252", "iso_8859-1", "cp819", "ibm819", "iso-ir-100":
            return "windows-1252"
        default:
            return name
        }
    }

    /// The bytes themselves when they are valid UTF-8.
    private static func validUTF8(_ bytes: [UInt8]) -> [UInt8]? {
        String(validating: bytes, as: UTF8.self) == nil ? nil : bytes
    }

    /// UTF-8 with every invalid sequence replaced by U+FFFD.
    static func replacingInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    /// Whether non-ASCII bytes are mostly not UTF-8: more than four bad bytes for each valid
    /// multi-byte sequence (a UTF-8 page with a few broken bytes is still UTF-8).
    private static func looksLegacy(_ bytes: [UInt8]) -> Bool {
        var valid = 0
        var invalid = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let width = byte >= 0xF5 ? 0 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 ? 2 : 0
            var ok = width > 0 && index + width <= bytes.count
            if ok {
                for offset in 1..<width where bytes[index + offset] & 0xC0 != 0x80 { ok = false }
            }
            if ok {
                valid += 1
                index += width
            } else {
                invalid += 1
                index += 1
            }
        }
        return invalid > 4 * valid
    }

    /// Windows-1252 bytes as UTF-8 (ISO-8859-1 pages are read this way too, as browsers do).
    static func windows1252(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            let scalar: UInt32 =
                (0x80...0x9F).contains(byte) ? cp1252High[Int(byte - 0x80)] : UInt32(byte)
            for unit in UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}")! { output.append(unit) }
        }
        return output
    }

    /// What Windows-1252 puts at 0x80-0x9F (U+FFFD where it has nothing).
    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// UTF-16 code units as UTF-8, unpaired surrogates replaced.
    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// Converts through libxml2's encoders (iconv); `nil` when the charset is unknown or fails.
    private static func convertWithLibXML(_ bytes: [UInt8], from name: String) -> [UInt8]? {
        guard let handler = xmlFindCharEncodingHandler(name) else { return nil }
        defer { xmlCharEncCloseFunc(handler) }
        guard let input = xmlBufferCreateSize(bytes.count), let output = xmlBufferCreateSize(bytes.count * 2)
        else { return nil }
        defer {
            xmlBufferFree(input)
            xmlBufferFree(output)
        }
        // Converted in chunks so one bad byte costs one replacement character, not the page.
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count * 2)
        var start = 0
        let chunk = 1 << 16
        while start < bytes.count {
            let end = min(bytes.count, start + chunk)
            xmlBufferEmpty(input)
            xmlBufferEmpty(output)
            bytes[start..<end].withUnsafeBufferPointer { buffer in
                _ = xmlBufferAdd(input, buffer.baseAddress, Int32(buffer.count))
            }
            let written = xmlCharEncInFunc(handler, output, input)
            if written < 0 && xmlBufferLength(output) == 0 {
                // Skip one undecodable byte.
                result.append(contentsOf: [0xEF, 0xBF, 0xBD])
                start += 1
                continue
            }
            let produced = Int(xmlBufferLength(output))
            if let content = xmlBufferContent(output) {
                result.append(contentsOf: UnsafeBufferPointer(start: content, count: produced))
            }
            let consumed = (end - start) - Int(xmlBufferLength(input))
            // An undecodable byte stays at `start`; the next round replaces it.
            start += max(consumed, 1)
        }
        return String(validating: result, as: UTF8.self) == nil ? replacingInvalidUTF8(result[...]) : result
    }

    /// Whether `bytes` at `index` spell `word`, ignoring ASCII case.
    private static func matches(_ bytes: [UInt8], at index: Int, _ word: String) -> Bool {
        var position = index
        for letter in word.utf8 {
            guard position < bytes.count, bytes[position] | 0x20 == letter | 0x20 else { return false }
            position += 1
        }
        return true
    }

    /// The value after `key=` between `start` and `end`, quoted or not.
    private static func value(after key: String, in bytes: [UInt8], from start: Int, to end: Int) -> String? {
        var index = start
        while index + key.utf8.count < end {
            if matches(bytes, at: index, key) {
                var position = index + key.utf8.count
                while position < end, bytes[position] == 0x20 { position += 1 }
                guard position < end, bytes[position] == UInt8(ascii: "=") else {
                    index += 1
                    continue
                }
                position += 1
                while position < end,
                    bytes[position] == 0x20 || bytes[position] == 0x22 || bytes[position] == 0x27
                {
                    position += 1
                }
                var stop = position
                while stop < end, isLabelByte(bytes[stop]) { stop += 1 }
                guard stop > position else { return nil }
                return String(decoding: bytes[position..<stop], as: UTF8.self)
            }
            index += 1
        }
        return nil
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: ".")
    }
}
