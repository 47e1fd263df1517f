import ClaimsModel

/// One record of a WARC file: where it starts, its header, and its block.
public struct WARCRecord: Sendable, Hashable {
    /// The byte offset in the (decompressed) stream where the record's version line starts.
    public var offset: Int
    /// The version line: `WARC/1.0` or `WARC/1.1`.
    public var version: String
    /// The named fields of the header.
    public var fields: HeaderFields
    /// The block: exactly `Content-Length` bytes (or only its first bytes, for a record read
    /// past as too large).
    public var block: [UInt8]

    /// A record as read: its offset, version line, header fields and block.
    public init(offset: Int, version: String, fields: HeaderFields, block: [UInt8]) {
        self.offset = offset
        self.version = version
        self.fields = fields
        self.block = block
    }

    /// `WARC-Type` in lower case: `response`, `resource`, `request`, `metadata`, `warcinfo`, ...
    public var type: String? { fields["warc-type"]?.lowercased() }

    /// `WARC-Target-URI`, without the angle brackets some writers put around it (as the WARC 1.0
    /// grammar showed).
    public var targetURI: String? {
        guard let value = fields["warc-target-uri"] else { return nil }
        var uri = Substring(value)
        if uri.hasPrefix("<") && uri.hasSuffix(">") { uri = uri.dropFirst().dropLast() }
        return uri.isEmpty ? nil : String(uri)
    }

    /// The calendar day of `WARC-Date` (the capture time, in UTC).
    public var date: ClaimDate? { fields["warc-date"].flatMap { ClaimDate(parsing: $0) } }

    /// `Content-Type`, parsed.
    var contentType: MediaType? { fields["content-type"].map(MediaType.init) }
}
