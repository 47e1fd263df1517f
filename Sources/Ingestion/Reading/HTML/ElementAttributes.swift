import CLibXML2

/// The attributes of one element that the extractor looks at, read in one pass.
struct ElementAttributes {
    var className: String?
    var identifier: String?
    var isHidden = false
    var isFurnitureRole = false
    var isArticleBody = false

    init(_ node: xmlNodePtr) {
        var property = node.pointee.properties
        while let current = property {
            property = current.pointee.next
            guard let name = current.pointee.name else { continue }
            // Names are compared as C strings; only the values looked at become strings.
            func value() -> String { HTMLDocument.value(of: current) }
            switch name.pointee {
            case 0x63 where HTMLDocument.isName(name, "class"): className = value()
            case 0x69 where HTMLDocument.isName(name, "id"): identifier = value()
            case 0x69 where HTMLDocument.isName(name, "itemprop"):
                let itemprop = value()
                if itemprop == "articleBody" || itemprop == "articlebody" { isArticleBody = true }
            case 0x68 where HTMLDocument.isName(name, "hidden"): isHidden = true
            case 0x61 where HTMLDocument.isName(name, "aria-hidden"): if value() == "true" { isHidden = true }
            case 0x73 where HTMLDocument.isName(name, "style"):
                let style = value().lowercased().filter { $0 != " " }
                if style.contains("display:none") || style.contains("visibility:hidden") { isHidden = true }
            case 0x72 where HTMLDocument.isName(name, "role"):
                switch value().lowercased() {
                case "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
                    "dialog", "alertdialog", "toolbar", "tablist":
                    isFurnitureRole = true
                default: break
                }
            default: break
            }
        }
    }

    /// The class names and the id, joined with a space, or `nil` when there are none.
    var classAndID: String? {
        switch (className, identifier) {
        case (nil, nil): nil
        case (let name?, nil): name
        case (nil, let id?): id
        case (let name?, let id?): name + " " + id
        }
    }
}
