/// A `Content-Type` value: `text/html; charset=ISO-8859-1`.
struct MediaType: Sendable, Hashable {
    /// Type and subtype in lower case, without parameters: `text/html`.
    var essence: String
    /// The parameters, names in lower case, values unquoted: `["charset": "ISO-8859-1"]`.
    var parameters: [String: String]

    init(_ text: String) {
        var parts = text.split(separator: ";", omittingEmptySubsequences: false).makeIterator()
        essence = parts.next().map { $0.trimmingSpaces.lowercased() } ?? ""
        parameters = [:]
        while let part = parts.next() {
            guard let equals = part.firstIndex(of: "=") else { continue }
            let name = part[..<equals].trimmingSpaces.lowercased()
            var value = part[part.index(after: equals)...].trimmingSpaces
            if value.count >= 2 && value.hasPrefix("\"") && value.hasSuffix("\"") {
                value = value.dropFirst().dropLast()
            }
            if !name.isEmpty && parameters[name] == nil { parameters[name] = String(value) }
        }
    }

    /// The `charset` parameter, if any.
    var charset: String? { parameters["charset"].flatMap { $0.isEmpty ? nil : $0 } }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
