import ClaimsModel
import Foundation
import Storage

/// A request as the pages see it: the path and the decoded query parameters, in order.
public struct PageRequest: Sendable {
    public var path: String
    public var parameters: [(name: String, value: String)]

    public init(path: String, parameters: [(name: String, value: String)] = []) {
        self.path = path
        self.parameters = parameters
    }

    /// Splits a request target (`/actors/3?page=2`) and decodes its query (`+` is a space).
    public init(target: String) {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        path = String(parts.first ?? "/")
        parameters = []
        if parts.count > 1 {
            for pair in parts[1].split(separator: "&") where !pair.isEmpty {
                let halves = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                func decode(_ text: Substring) -> String {
                    let spaced = text.replacingOccurrences(of: "+", with: " ")
                    return spaced.removingPercentEncoding ?? spaced
                }
                parameters.append((decode(halves[0]), halves.count > 1 ? decode(halves[1]) : ""))
            }
        }
    }

    /// The last non-empty value of a parameter, trimmed.
    func value(_ name: String) -> String? {
        parameters.last { $0.name == name && !$0.value.trimmingCharacters(in: .whitespaces).isEmpty }?
            .value.trimmingCharacters(in: .whitespaces)
    }

    /// Every value of a parameter given several times or comma-separated (`class=speech,stance`).
    func values(_ name: String) -> [String] {
        parameters.filter { $0.name == name }.flatMap { $0.value.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
    }

    /// `page`, from 1; absent is 1.
    func page() throws(PageError) -> Int {
        guard let text = value("page") else { return 1 }
        guard let page = Int(text), page >= 1, page <= 10_000 else {
            throw PageError.badParameter("page", "'\(text)' is not a page number (1 to 10000)")
        }
        return page
    }

    /// A date parameter: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date.
    func date(_ name: String) throws(PageError) -> ClaimDate? {
        guard let text = value(name) else { return nil }
        guard [4, 7, 10].contains(text.utf8.count), let date = ClaimDate(parsing: text) else {
            throw PageError.badParameter(name, "'\(text)' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
        }
        return date
    }

    func kind() throws(PageError) -> ClaimKind? {
        guard let text = value("kind") else { return nil }
        guard let kind = ClaimKind(rawValue: text.lowercased()) else {
            throw PageError.badParameter("kind", "'\(text)' is not a kind: use direct, indirect or mixed")
        }
        return kind
    }

    func classes() throws(PageError) -> Set<ClaimClass>? {
        let names = values("class")
        guard !names.isEmpty else { return nil }
        var found: Set<ClaimClass> = []
        for name in names {
            guard let claimClass = ClaimClass(rawValue: name) else {
                throw PageError.badParameter(
                    "class",
                    "'\(name)' is not a class: use speech, writing, thought, finding, intention or stance")
            }
            found.insert(claimClass)
        }
        return found
    }

    func order(hasText: Bool) throws(PageError) -> ClaimSearch.Order {
        guard let text = value("sort") else { return hasText ? .relevance : .date }
        guard let order = ClaimSearch.Order(rawValue: text.lowercased()) else {
            throw PageError.badParameter("sort", "'\(text)' is not an order: use relevance or date")
        }
        return order
    }
}

/// Why a page cannot be shown: the status and one sentence for the person who asked.
public struct PageError: Error, Sendable {
    public var status: Int
    public var message: String
    /// The query parameter at fault, for a 400.
    public var parameter: String?

    static func badParameter(_ name: String, _ reason: String) -> PageError {
        PageError(status: 400, message: "Bad query parameter \(name): \(reason).", parameter: name)
    }

    static func notFound(_ message: String) -> PageError {
        PageError(status: 404, message: message, parameter: nil)
    }
}

/// What a page answers: status, content type and body.
public struct PageResponse: Sendable {
    public var status: Int
    public var contentType: String
    public var body: String
}
