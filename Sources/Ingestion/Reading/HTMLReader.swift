import ClaimsModel

/// Reads a saved web page: its metadata and its main text.
public struct HTMLReader: Sendable {
    public init(lexicon: Lexicon = .standard) {}

    /// The article in the page `bytes`, keyed by `key`.
    public func read(_ bytes: [UInt8], key: String) throws(ReadFailure) -> Article {
        // Replaced by the libxml2 reader.
        throw ReadFailure("HTML reading is not built yet")
    }
}
