/// Checks that bytes are text and turns them into a `String`.
enum TextDecoding {
    /// The bytes as UTF-8 text, without a byte-order mark; fails on empty, binary or invalid input.
    static func utf8(_ bytes: some Collection<UInt8>) throws(ReadFailure) -> String {
        var slice = ArraySlice(bytes)
        if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        if slice.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .empty
        }
        if slice.contains(0) { throw .binary(expected: .text) }
        guard let text = String(validating: slice, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(slice)
            throw .invalidUTF8(offset: offset)
        }
        return text
    }

    /// The offset of the first byte that breaks UTF-8, for the error.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return offset
            case .error:
                return offset
            }
        }
    }
}
