/// The `Name: value` lines of a WARC record header or an HTTP message head.
///
/// Names are compared without regard to case; a line starting with a space or a tab continues
/// the value of the line before it (folding, which WARC 1.0 and HTTP/1.0 allow).
public struct HeaderFields: Sendable, Hashable {
    /// One field: its name in lower case, its value with surrounding white space trimmed.
    public struct Field: Sendable, Hashable {
        public var name: String
        public var value: String
    }

    /// The fields in the order they were written.
    public private(set) var fields: [Field] = []

    /// Parses `bytes`: lines ending in LF or CRLF (the last may lack it); a line without a colon
    /// is ignored rather than failing the whole header.
    public init(parsing bytes: ArraySlice<UInt8>) {
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            var lineEnd = lineStart
            while lineEnd < bytes.endIndex && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            add(line: bytes[lineStart..<lineEnd])
            lineStart = lineEnd + 1
        }
    }

    /// The value of the first field named `name` (in any case), if there is one.
    public subscript(name: String) -> String? {
        let key = name.lowercased()
        return fields.first { $0.name == key }?.value
    }

    private mutating func add(line: ArraySlice<UInt8>) {
        guard let first = line.first else { return }
        if first == 0x20 || first == 0x09 {
            // A folded continuation of the previous value.
            let more = Self.trimmed(line)
            guard !fields.isEmpty, !more.isEmpty else { return }
            fields[fields.count - 1].value += " " + String(decoding: more, as: UTF8.self)
            return
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return }
        // ASCII lower case byte by byte: cheaper than `lowercased()` on every field of every record.
        let name = Self.trimmed(line[..<colon]).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        guard !name.isEmpty else { return }
        fields.append(
            Field(
                name: String(decoding: name, as: UTF8.self),
                value: String(decoding: Self.trimmed(line[(colon + 1)...]), as: UTF8.self)))
    }

    /// `bytes` without leading and trailing spaces, tabs and carriage returns.
    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end && isSpace(bytes[start]) { start += 1 }
        while end > start && isSpace(bytes[end - 1]) { end -= 1 }
        return bytes[start..<end]
    }
}
