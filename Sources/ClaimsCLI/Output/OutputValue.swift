import ClaimsModel
import Foundation

/// A value in a row of command output, rendered as JSON, CSV or a table cell.
enum OutputValue: Sendable, Equatable {
    case null
    case string(String)
    case int(Int)
    case double(Double)
    case list([OutputValue])

    init(_ text: String?) {
        self = text.map(OutputValue.string) ?? .null
    }

    init(_ span: TextSpan?) {
        self = span.map { .list([.int($0.start), .int($0.end)]) } ?? .null
    }

    init(_ date: ClaimDate?) {
        self = date.map { .string($0.description) } ?? .null
    }

    /// The value as JSON text.
    var json: String {
        switch self {
        case .null: "null"
        case .string(let text): OutputValue.quoted(text)
        case .int(let number): String(number)
        case .double(let number): number.isFinite ? String(number) : "null"
        case .list(let items): "[" + items.map(\.json).joined(separator: ",") + "]"
        }
    }

    /// The value as plain text for a table or CSV cell.
    var plain: String {
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
    static func quoted(_ text: String) -> String {
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
