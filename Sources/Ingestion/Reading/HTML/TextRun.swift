import CLibXML2

/// Text being gathered for one block: whitespace collapsed, lengths counted as it grows.
struct TextRun {
    var bytes: [UInt8] = []
    var length = 0
    var linkLength = 0
    var commas = 0
    private var pendingSpace = false

    /// Ends a word: the next text starts after a space.
    mutating func separate() {
        pendingSpace = !bytes.isEmpty
    }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        length = 0
        linkLength = 0
        commas = 0
        pendingSpace = false
    }

    /// Appends a NUL-terminated UTF-8 string, turning runs of white space (and no-break spaces)
    /// into one space and dropping zero-width spaces.
    mutating func append(_ content: UnsafePointer<xmlChar>, inLink: Bool) {
        var pointer = content
        while true {
            let byte = pointer.pointee
            if byte == 0 { break }
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                pendingSpace = !bytes.isEmpty
                pointer += 1
                continue
            }
            if byte == 0xC2 && pointer[1] == 0xA0 {
                pendingSpace = !bytes.isEmpty
                pointer += 2
                continue
            }
            if byte == 0xE2 && pointer[1] == 0x80 && (pointer[2] == 0x8B || pointer[2] == 0x8C) {
                pointer += 3
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                length += 1
                if inLink { linkLength += 1 }
                pendingSpace = false
            }
            bytes.append(byte)
            if byte & 0xC0 != 0x80 {
                length += 1
                if inLink { linkLength += 1 }
            }
            if byte == 0x2C { commas += 1 }
            pointer += 1
        }
    }
}
