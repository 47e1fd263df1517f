/// Why one input (a file, or one line of a JSON Lines file) could not be read.
///
/// Prints as one sentence that names the file and, where there is one, the line.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, or `-` for standard input.
    public var path: String
    /// The 1-based line of a JSON Lines file, when the error is about one record.
    public var line: Int?
    /// What is wrong, as a lower-case clause: "is empty", "is not valid UTF-8".
    public var reason: String

    public init(path: String, line: Int? = nil, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String {
        if let line { return "\(path), line \(line): \(reason)" }
        return "\(path): \(reason)"
    }
}
