import CLibXML2

/// A page parsed by libxml2's HTML parser; the tree is freed when the document goes away.
///
/// The parser recovers from any markup (implicit `</p>`, stray tags, truncation) and reads
/// `<script>` and `<style>` as raw text. The input must already be UTF-8.
final class HTMLDocument {
    let pointer: htmlDocPtr
    private var tags: [UnsafeRawPointer: HTMLTag] = [:]

    /// Parses UTF-8 `bytes`; `nil` only when libxml2 gives no tree at all.
    init?(utf8 bytes: [UInt8]) {
        claims_xml_silence()
        let options =
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlReadMemory(base, Int32(buffer.count), nil, "UTF-8", Int32(options))
            }
        }
        guard let document else { return nil }
        pointer = document
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The `<html>` element, or whatever element the parser put at the top.
    var root: xmlNodePtr? {
        xmlDocGetRootElement(pointer)
    }

    /// The `<body>` element, when the page has one.
    var body: xmlNodePtr? {
        var node = root?.pointee.children
        while let current = node {
            if tag(of: current) == .body { return current }
            node = current.pointee.next
        }
        return nil
    }

    /// The kind of element `node` is; names are interned by the parser, so this is cached by pointer.
    func tag(of node: xmlNodePtr) -> HTMLTag {
        guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { return .other }
        let key = UnsafeRawPointer(name)
        if let known = tags[key] { return known }
        let tag = HTMLTag(rawName: String(cString: name))
        tags[key] = tag
        return tag
    }

    /// Visits every node below `top` in document order without recursion, so deep nesting cannot
    /// overflow the stack. `enter` returns `false` to skip a node's children; `leave` is called
    /// after the children of every node for which `enter` returned `true`.
    func walk(
        _ top: xmlNodePtr, enter: (xmlNodePtr) -> Bool, leave: (xmlNodePtr) -> Void
    ) {
        guard var node = top.pointee.children else { return }
        while true {
            if enter(node) {
                if let child = node.pointee.children {
                    node = child
                    continue
                }
                leave(node)
            }
            // Climb until there is a next sibling, leaving each finished element.
            var current = node
            while true {
                if let next = current.pointee.next {
                    node = next
                    break
                }
                guard let parent = current.pointee.parent, parent != top else { return }
                leave(parent)
                current = parent
            }
        }
    }
}

extension HTMLDocument {
    /// The value of attribute `name` (lower case) of element `node`, or `nil`.
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var property = node.pointee.properties
        while let current = property {
            if let attributeName = current.pointee.name, equals(attributeName, name) {
                guard let value = current.pointee.children else { return "" }
                if value.pointee.next == nil, let content = value.pointee.content {
                    return String(cString: content)
                }
                guard let joined = xmlNodeListGetString(node.pointee.doc, value, 1) else { return "" }
                defer { claims_xml_free(joined) }
                return String(cString: joined)
            }
            property = current.pointee.next
        }
        return nil
    }

    /// Whether the element has attribute `name` at all.
    static func hasAttribute(_ node: xmlNodePtr, _ name: String) -> Bool {
        var property = node.pointee.properties
        while let current = property {
            if let attributeName = current.pointee.name, equals(attributeName, name) { return true }
            property = current.pointee.next
        }
        return false
    }

    /// All text below `node`, in document order, without recursion; `<br>` and the edges of
    /// `p`, `div`, `li` and `td` become line breaks when `breaksLines` is set, spaces otherwise.
    static func text(of node: xmlNodePtr, breaksLines: Bool = false) -> String {
        if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE {
            return node.pointee.content.map { String(cString: $0) } ?? ""
        }
        var bytes: [UInt8] = []
        guard var current = node.pointee.children else { return "" }
        outer: while true {
            let type = current.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let content = current.pointee.content
            {
                var pointer = content
                while pointer.pointee != 0 {
                    bytes.append(pointer.pointee)
                    pointer += 1
                }
            }
            if type == XML_ELEMENT_NODE {
                // Line breaks and block elements separate words even without white space.
                if let name = current.pointee.name, isSeparating(name) {
                    bytes.append(breaksLines ? 0x0A : 0x20)
                }
                if let child = current.pointee.children {
                    current = child
                    continue
                }
            }
            while true {
                if let next = current.pointee.next {
                    current = next
                    continue outer
                }
                guard let parent = current.pointee.parent, parent != node else { break outer }
                current = parent
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `br`, `p`, `div`, `li` and `td`: elements whose edges separate words.
    private static func isSeparating(_ name: UnsafePointer<xmlChar>) -> Bool {
        equals(name, "br") || equals(name, "p") || equals(name, "div") || equals(name, "li")
            || equals(name, "td")
    }

    /// Whether an attribute or element name is `name`.
    static func isName(_ cString: UnsafePointer<xmlChar>, _ name: String) -> Bool {
        equals(cString, name)
    }

    /// The text of an attribute.
    static func value(of attribute: xmlAttrPtr) -> String {
        guard let value = attribute.pointee.children else { return "" }
        if value.pointee.next == nil, let content = value.pointee.content { return String(cString: content) }
        guard let joined = xmlNodeListGetString(attribute.pointee.doc, value, 1) else { return "" }
        defer { claims_xml_free(joined) }
        return String(cString: joined)
    }

    /// Compares a NUL-terminated C string with an ASCII Swift string.
    private static func equals(_ cString: UnsafePointer<xmlChar>, _ name: String) -> Bool {
        var pointer = cString
        for byte in name.utf8 {
            guard pointer.pointee == byte else { return false }
            pointer += 1
        }
        return pointer.pointee == 0
    }
}
