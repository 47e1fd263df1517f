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
    static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
