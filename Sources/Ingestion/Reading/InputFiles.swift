#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The files named on a command line, with folders walked recursively, in a stable order.
///
/// Folders yield only files with article endings (`.txt`, `.html`, `.json`, `.jsonl`, `.warc`, their
/// `.gz` forms; not `NAME.meta.json`) and not matched by an `exclude` pattern; a file named directly
/// is always read. A folder reached twice through symbolic links is reported once as a loop
/// rather than walked forever.
public struct InputFiles: Sequence, IteratorProtocol {
    /// One input: a file to read, or why a path could not be walked.
    public enum Item: Sendable, Hashable {
        case file(String)
        case failure(InputError)
    }

    private var stack: [(path: String, named: Bool)]
    private var visited: Set<[UInt64]> = []
    private let exclude: [String]

    /// Walks `paths` in order; `-` stands for standard input. Files and folders met in a walk
    /// whose name or path matches one of the `exclude` shell patterns (`manifest.jsonl`,
    /// `*/drafts/*`) are left out.
    public init(_ paths: [String], exclude: [String] = []) {
        stack = paths.reversed().map { ($0, true) }
        self.exclude = exclude
    }

    /// Whether a path met in a walk matches an `exclude` pattern, by its name or its whole path.
    private func isExcluded(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return exclude.contains { fnmatch($0, name, 0) == 0 || fnmatch($0, path, 0) == 0 }
    }

    public mutating func next() -> Item? {
        while let (path, named) = stack.popLast() {
            if path == "-" { return .file(path) }
            if !named && isExcluded(path) { continue }
            var info = stat()
            guard stat(path, &info) == 0 else {
                let code = errno
                // A dangling link or a missing path named by the user is an error; in a folder,
                // a dangling link is skipped as a user would expect.
                var linkInfo = stat()
                if !named && lstat(path, &linkInfo) == 0 && code == ENOENT { continue }
                return .failure(InputError(path: path, failure: ReadFailure(errno: code)))
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                let identity = [UInt64(info.st_dev), UInt64(info.st_ino)]
                guard visited.insert(identity).inserted else {
                    return .failure(InputError(path: path, failure: .folderReachedTwice))
                }
                guard let entries = Self.entries(of: path) else {
                    return .failure(InputError(path: path, failure: ReadFailure(errno: errno)))
                }
                for name in entries.sorted().reversed() where !name.hasPrefix(".") {
                    stack.append((path.hasSuffix("/") ? path + name : path + "/" + name, false))
                }
                continue
            }
            if named { return .file(path) }
            let name = path.split(separator: "/").last.map(String.init) ?? path
            if ArticleFormat.isArticleFile(name) && !name.lowercased().hasSuffix(".meta.json") {
                return .file(path)
            }
        }
        return nil
    }

    private static func entries(of folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
