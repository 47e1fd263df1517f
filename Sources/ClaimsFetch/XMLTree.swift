import CLibXML2

/// An XML document parsed by libxml2 (never fetching DTDs or entities from the network); the
/// tree is freed when the value goes away.
final class XMLTree {
    /// Why bytes are not an XML document: libxml2's message and the line it stopped at.
    struct NotXML: Error, Sendable, Hashable {
        var message: String
        var line: Int
    }

    private let document: xmlDocPtr

    /// Parses `bytes` (in the encoding its declaration or byte order mark gives); `url` is the
    /// base for relative references.
    init(_ bytes: [UInt8], url: String) throws(NotXML) {
        claims_xml_silence()
        guard let context = xmlNewParserCtxt() else { throw NotXML(message: "out of memory", line: 0) }
        defer { xmlFreeParserCtxt(context) }
        let options =
            Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_NOERROR.rawValue)
            | Int32(XML_PARSE_NOWARNING.rawValue) | Int32(XML_PARSE_NOCDATA.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { start in
                xmlCtxtReadMemory(context, start, Int32(buffer.count), url, nil, options)
            }
        }
        // libxml2 recovers some errors into a tree; a feed with a fatal error is still not XML.
        let error = xmlCtxtGetLastError(context)
        if let error, error.pointee.level == XML_ERR_FATAL || parsed == nil {
            if let parsed { xmlFreeDoc(parsed) }
            let message = error.pointee.message.map { String(cString: $0) } ?? "not well-formed"
            throw NotXML(
                message: message.trimmingTrailingNewlines(), line: Int(error.pointee.line))
        }
        guard let parsed else { throw NotXML(message: "no document", line: 0) }
        // Entities a document declares itself can multiply its text a billionfold when read
        // (and feeds and sitemaps have no use for them): such a document is refused.
        if let subset = parsed.pointee.intSubset, subset.pointee.entities != nil {
            xmlFreeDoc(parsed)
            throw NotXML(
                message: "it declares entities of its own, which a feed or sitemap does not", line: 1)
        }
        document = parsed
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The root element.
    var root: xmlNodePtr? { xmlDocGetRootElement(document) }

    /// The element children of `node`, in order.
    static func children(of node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    /// The children of `node` whose local name (without a namespace prefix) is `name`.
    static func children(of node: xmlNodePtr, named name: String) -> [xmlNodePtr] {
        children(of: node).filter { localName(of: $0) == name }
    }

    /// The element's local name, in lower case (`rss`, `feed`, `urlset`).
    static func localName(of node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    /// The element's text, trimmed.
    static func text(of node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { claims_xml_free(content) }
        return String(cString: content).trimmingWhiteSpace()
    }

    /// The value of the attribute `name` (without a namespace), if it is there.
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { claims_xml_free(value) }
        return String(cString: value).trimmingWhiteSpace()
    }
}

extension String {
    fileprivate func trimmingTrailingNewlines() -> String {
        var text = self
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }

    func trimmingWhiteSpace() -> String {
        var slice = self[...]
        while slice.first?.isWhitespace == true { slice = slice.dropFirst() }
        while slice.last?.isWhitespace == true { slice = slice.dropLast() }
        return String(slice)
    }
}
