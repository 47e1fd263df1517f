import Foundation

/// The word lists the readers and the extractor use, embedded from `data/lexicons/` at build time.
///
/// Each file is one entry a line; blank lines and lines starting with `#` are ignored. Keeping
/// cue verbs, titles and outlet names in data files lets them grow without touching code.
public struct Lexicon: Sendable {
    private let files: [String: String]

    /// The lexicons compiled into this binary.
    public static let standard = Lexicon(files: EmbeddedLexicons.files)

    /// A lexicon over the given file contents, keyed by file name (`cues.txt`); for tests.
    public init(files: [String: String]) {
        self.files = files
    }

    /// The entries of `file`, in file order, trimmed; empty when there is no such file.
    public func entries(_ file: String) -> [String] {
        guard let text = files[file] else { return [] }
        var result: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let entry = line.trimmingCharacters(in: .whitespaces)
            if entry.isEmpty || entry.hasPrefix("#") { continue }
            result.append(entry)
        }
        return result
    }

    /// Entries of the form `key<TAB>value` (or `key | value`), for lists that map names to kinds.
    public func table(_ file: String) -> [(key: String, value: String)] {
        entries(file).map { entry in
            if let bar = entry.firstIndex(where: { $0 == "\t" || $0 == "|" }) {
                let key = entry[..<bar].trimmingCharacters(in: .whitespaces)
                let value = entry[entry.index(after: bar)...].trimmingCharacters(in: .whitespaces)
                return (key, value)
            }
            return (entry, "")
        }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: CharacterSet) -> String {
        String(self).trimmingCharacters(in: set)
    }
}
