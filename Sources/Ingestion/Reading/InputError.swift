/// Why one input (a file, one line of a JSON Lines file, or one record of a JSON array) could
/// not be read.
///
/// A value with its context; the command line turns it into the one line it prints.
public struct InputError: Error, Sendable, Hashable {
    /// The file, or `-` for standard input.
    public var path: String
    /// The 1-based line of a JSON Lines file, when the error is about one record.
    public var line: Int?
    /// The 1-based position in a JSON array of several records, when the error is about one.
    public var record: Int?
    /// What went wrong.
    public var failure: ReadFailure

    public init(path: String, line: Int? = nil, record: Int? = nil, failure: ReadFailure) {
        self.path = path
        self.line = line
        self.record = record
        self.failure = failure
    }
}
