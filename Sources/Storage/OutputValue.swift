import ClaimsModel
import Foundation

/// A value in a row of command output, rendered as JSON, CSV or a table cell. It lives in
/// Storage so that `claims search --format json` and the web view's JSON API build the same rows.
public enum OutputValue: Sendable, Equatable {
    case null
    case string(String)
    case int(Int)
    case double(Double)
    case list([OutputValue])

    public init(_ text: String?) {
        self = text.map(OutputValue.string) ?? .null
    }

    public init(_ span: TextSpan?) {
        self = span.map { .list([.int($0.start), .int($0.end)]) } ?? .null
    }

    public init(_ date: ClaimDate?) {
        self = date.map { .string($0.description) } ?? .null
    }

    /// The value as JSON text.
    public var json: String {
        switch self {
        case .null: "null"
        case .string(let text): OutputValue.quoted(text)
        case .int(let number): String(number)
        case .double(let number): number.isFinite ? String(number) : "null"
        case .list(let items): "[" + items.map(\.json).joined(separator: ",") + "]"
        }
    }

    /// The value as plain text for a table or CSV cell.
    public var plain: String {
        switch self {
        case .null: return ""
        case .string(let text): return text
        case .int(let number): return String(number)
        case .double(let number): return String(format: "%.2f", number)
        case .list(let items):
            if items.count == 2, case .int = items[0], case .int = items[1] {
                return "\(items[0].plain)-\(items[1].plain)"
            }
            return items.map(\.plain).joined(separator: "; ")
        }
    }

    /// `text` as a JSON string literal.
    ///
    /// A scan of the UTF-8 bytes that copies runs needing no escape whole: scalar by scalar,
    /// this was most of the time `claims parse --format ndjson` took on large inputs.
    public static func quoted(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 32 + 2)
            out.append(UInt8(ascii: "\""))
            var runStart = 0
            var index = 0
            func escape(_ replacement: StaticString, width: Int) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                out.append(
                    contentsOf: UnsafeBufferPointer(
                        start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                index += width
                runStart = index
            }
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""): escape("\\\"", width: 1)
                case UInt8(ascii: "\\"): escape("\\\\", width: 1)
                case 0x0A: escape("\\n", width: 1)
                case 0x0D: escape("\\r", width: 1)
                case 0x09: escape("\\t", width: 1)
                case 0x00..<0x20:
                    let digits = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    out += Array("\\u00".utf8) + [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
                    index += 1
                    runStart = index
                // U+2028 and U+2029 (E2 80 A8, E2 80 A9) end lines in JavaScript.
                case 0xE2
                where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA8:
                    escape("\\u2028", width: 3)
                case 0xE2
                where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA9:
                    escape("\\u2029", width: 3)
                default:
                    index += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
            out.append(UInt8(ascii: "\""))
            return String(decoding: out, as: UTF8.self)
        }
    }
}

/// A row of output: named values in a fixed order.
public typealias OutputRow = [(name: String, value: OutputValue)]

/// Rows as JSON text, the way every JSON output of the project writes them.
public enum OutputJSON {
    /// One row as a JSON object, its fields in the row's order.
    public static func object(_ row: OutputRow) -> String {
        "{" + row.map { OutputValue.quoted($0.name) + ":" + $0.value.json }.joined(separator: ",") + "}"
    }

    /// Rows as a JSON array, one object a line: what `--format json` prints.
    public static func array(_ rows: [OutputRow]) -> String {
        rows.isEmpty ? "[]\n" : "[\n" + rows.map(object).joined(separator: ",\n") + "\n]\n"
    }
}

extension StoredClaim {
    /// The claim as `claims search` prints it: the fields of `claims extract`, plus where it is
    /// stored. The web view's JSON API returns the same rows.
    public var outputRow: OutputRow {
        [
            ("claim_id", .int(Int(id))), ("article_id", .string(articleKey)), ("outlet", OutputValue(outlet)),
            ("date", OutputValue(date)), ("actor", OutputValue(actor)),
            ("actor_kind", OutputValue(actorKind?.rawValue)), ("speaker_text", OutputValue(speakerText)),
            ("speaker_span", OutputValue(speakerSpan)), ("actor_description", OutputValue(actorDescription)),
            ("cue", OutputValue(cue)), ("cue_span", OutputValue(cueSpan)), ("kind", .string(kind.rawValue)),
            ("class", OutputValue(claimClass?.rawValue)),
            ("content", .string(content)), ("content_span", OutputValue(contentSpan)),
            ("source", OutputValue(source)),
            ("mentioned_dates", .list(mentionedDates.map { .string($0.description) })),
            ("confidence", .double(confidence)), ("title", OutputValue(title)), ("url", OutputValue(url)),
            ("group", .int(Int(group))),
        ]
    }
}
