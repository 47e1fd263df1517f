import ClaimsModel
import Foundation

/// Reads plain-text articles: a header block of `Name: value` lines, or a bare page dump.
///
/// A page dump is what copying a news page gives: a section label, the title, a deck, a photo
/// caption (often twice, with a `[CREDIT]`), a `By ... |` byline, the body with sub-headings,
/// and page furniture at the end. The reader keeps the deck and the body (sub-headings
/// included) as the stored body, moves the title, section and author into metadata, and drops
/// captions, the byline and the trailing furniture.
public struct TextReader: Sendable {
    private let boilerplate: Set<String>

    public init(lexicon: Lexicon = .standard) {
        boilerplate = Set(lexicon.entries("boilerplate.txt").map { $0.lowercased() })
    }

    /// The article in `text`, keyed by `key`.
    public func read(_ text: String, key: String) -> Article {
        var article = Article(key: key, body: "")
        var lines = text.components(separatedBy: "\n").map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : line
        }
        let headerCount = readHeader(lines, into: &article)
        if headerCount > 0 {
            lines.removeFirst(headerCount)
            article.body = paragraphs(cutBoilerplate(lines)).map { $0.joined(separator: "\n") }
                .joined(separator: "\n\n")
        } else {
            article.body = readPageDump(cutBoilerplate(lines), into: &article)
        }
        return article
    }

    /// Parses a leading `Title:` / `Outlet:` / ... block; returns how many lines it used (0 if none).
    private func readHeader(_ lines: [String], into article: inout Article) -> Int {
        var used = 0
        for line in lines {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                return used == 0 ? 0 : used + 1
            }
            guard let colon = line.firstIndex(of: ":") else { break }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch name {
            case "title": article.title = value
            case "outlet", "source", "publisher", "site": article.outlet = value
            case "author", "authors", "by", "byline": article.authors = AuthorList.split(value)
            case "date", "published", "publication date":
                guard let date = ClaimDate(parsing: value) else { break }
                article.date = date
                article.dateBasis = .metadata
            case "url", "link": article.url = value
            case "section", "category": article.section = value
            case "language", "lang": article.language = value
            case "id": article.externalID = value
            default:
                return 0
            }
            article.metadataSources[name == "url" || name == "link" ? "url" : name] = "header"
            used += 1
        }
        return 0
    }

    /// Drops everything from the first line of page furniture ("Do you like this article?") on.
    private func cutBoilerplate(_ lines: [String]) -> [String] {
        guard
            let cut = lines.firstIndex(where: {
                boilerplate.contains($0.trimmingCharacters(in: .whitespaces).lowercased())
            })
        else { return lines }
        return Array(lines[..<cut])
    }

    /// Groups lines into paragraphs separated by blank lines, trimming trailing spaces.
    private func paragraphs(_ lines: [String]) -> [[String]] {
        var result: [[String]] = []
        var current: [String] = []
        for line in lines {
            var trimmed = Substring(line)
            while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
            if trimmed.isEmpty {
                if !current.isEmpty { result.append(current) }
                current = []
            } else {
                current.append(String(trimmed))
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Reads the front matter of a page dump into metadata; returns the body.
    private func readPageDump(_ lines: [String], into article: inout Article) -> String {
        var blocks = paragraphs(lines)
        // The byline closes the front matter; look for it near the top only.
        if let bylineIndex = blocks.prefix(8).firstIndex(where: { isByline($0) }) {
            let byline = blocks[bylineIndex].joined(separator: " ")
            article.authors = AuthorList.split(byline)
            article.metadataSources["authors"] = "byline"
            var front = Array(blocks[..<bylineIndex])
            front.removeAll { isCaption($0) }
            if front.count >= 3, isLabel(front[0]) {
                article.section = front.removeFirst().joined(separator: " ")
                article.metadataSources["section"] = "page"
            }
            if let first = front.first, isLabel(first) {
                article.title = front.removeFirst().joined(separator: " ")
                article.metadataSources["title"] = "page"
            }
            blocks = front + blocks[(bylineIndex + 1)...]
        } else if blocks.count > 1, isLabel(blocks[0]) {
            article.title = blocks.removeFirst().joined(separator: " ")
            article.metadataSources["title"] = "page"
        }
        blocks.removeAll { isCaption($0) }
        return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }

    /// "By Maryam Manzoori |" or "By Jane Doe and John Roe": a short line of capitalised names.
    private func isByline(_ block: [String]) -> Bool {
        guard block.count == 1 else { return false }
        let line = block[0].trimmingCharacters(in: .whitespaces)
        guard line.hasPrefix("By ") || line.hasPrefix("BY ") else { return false }
        let words = line.dropFirst(3).split(separator: " ").filter { $0 != "|" }
        guard (1...10).contains(words.count), !line.hasSuffix(".") else { return false }
        return words.allSatisfy { word in
            word.first?.isUppercase == true || ["and", "&", "|", "de", "van", "von", "al"].contains(word)
        }
    }

    /// A one-line label or title: short, with no sentence-ending punctuation.
    private func isLabel(_ block: [String]) -> Bool {
        guard block.count == 1, let last = block[0].last else { return false }
        return block[0].count <= 200 && !".!?\"”".contains(last)
    }

    /// A photo caption: a line printed twice in a row, or text ending in a `[CREDIT]`.
    private func isCaption(_ block: [String]) -> Bool {
        if block.count == 2 && block[0] == block[1] { return true }
        guard let last = block.last?.trimmingCharacters(in: .whitespaces), last.hasSuffix("]"),
            let open = last.lastIndex(of: "[")
        else { return false }
        let credit = last[last.index(after: open)..<last.index(before: last.endIndex)]
        return (!credit.isEmpty && credit.count <= 40 && !credit.contains(" "))
            || credit.hasPrefix("Photo") || credit.hasPrefix("File")
    }
}
