/// A type-erased byte source, so plain and gzip files read through one code path.
public struct AnyByteSource: ByteSource {
    private var base: any ByteSource

    public init(_ base: some ByteSource) {
        self.base = base
    }

    public mutating func read(into buffer: inout [UInt8], maxCount: Int) throws(ReadFailure) -> Int {
        try base.read(into: &buffer, maxCount: maxCount)
    }
}
