import CZlib

/// `bytes` as one gzip member, for a `.xml.gz` sitemap: zlib's deflate data in gzip's framing.
func gzipped(_ bytes: [UInt8]) -> [UInt8] {
    var size = compressBound(uLong(bytes.count))
    var wrapped = [UInt8](repeating: 0, count: Int(size))
    precondition(compress2(&wrapped, &size, bytes, uLong(bytes.count), 6) == Z_OK)
    // compress2 writes a zlib stream: 2 header bytes, the deflate data, a 4-byte Adler-32.
    let deflated = wrapped[2..<(Int(size) - 4)]
    let crc = UInt32(crc32(0, bytes, uInt(bytes.count)))
    let length = UInt32(truncatingIfNeeded: bytes.count)
    let trailer = [crc, length].flatMap { value in
        (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
    return [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3] + deflated + trailer
}
