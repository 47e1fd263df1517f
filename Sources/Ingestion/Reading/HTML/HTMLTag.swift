/// The HTML elements the reader tells apart; every other element is `.other` (inline).
enum HTMLTag: UInt8, Sendable {
    case html, head, body, title, meta, link, script, style, noscript, template
    case svg, math, iframe, object, embed, canvas, video, audio, picture, img, source
    case select, option, button, input, textarea, form, label
    case nav, aside, footer, header, figure, figcaption, menu, dialog
    case main, article, section, div, p, h1, h2, h3, h4, h5, h6
    case li, ul, ol, dl, dt, dd, blockquote, pre, table, thead, tbody, tfoot, tr, td, th, caption
    case br, hr, a, address, center, details, summary, time
    case other

    init(rawName: String) {
        self = HTMLTag.byName[rawName] ?? .other
    }

    private static let byName: [String: HTMLTag] = {
        var table: [String: HTMLTag] = [:]
        var raw: UInt8 = 0
        while let tag = HTMLTag(rawValue: raw), tag != .other {
            table["\(tag)"] = tag
            raw += 1
        }
        return table
    }()

    /// Elements whose content is never article text: code, media, controls, metadata.
    var isNeverText: Bool {
        switch self {
        case .head, .title, .meta, .link, .script, .style, .noscript, .template, .svg, .math, .iframe,
            .object, .embed, .canvas, .video, .audio, .picture, .img, .source, .select, .option,
            .button, .input, .textarea, .dialog:
            true
        default: false
        }
    }

    /// Page furniture by its tag: navigation, side notes, footers, captions.
    var isFurniture: Bool {
        switch self {
        case .nav, .aside, .footer, .header, .figure, .figcaption, .menu, .form, .label: true
        default: false
        }
    }

    /// Elements that start and end a run of text: text on either side never joins. Table cells
    /// are not: a row is one paragraph, its cells separated by spaces.
    var isBlock: Bool {
        switch self {
        case .html, .body, .main, .article, .section, .div, .p, .h1, .h2, .h3, .h4, .h5, .h6, .li, .ul,
            .ol, .dl, .dt, .dd, .blockquote, .pre, .table, .thead, .tbody, .tfoot, .tr, .caption, .br, .hr,
            .address, .center, .details, .summary, .nav, .aside, .footer, .header,
            .figure, .figcaption, .menu, .form:
            true
        default: false
        }
    }

    /// Elements that hold one paragraph of text themselves, rather than containing paragraphs.
    var isParagraph: Bool {
        switch self {
        case .p, .h1, .h2, .h3, .h4, .h5, .h6, .li, .dt, .dd, .pre, .tr, .address, .caption: true
        default: false
        }
    }

    /// The heading level 1-6, or `nil`.
    var headingLevel: Int? {
        switch self {
        case .h1: 1
        case .h2: 2
        case .h3: 3
        case .h4: 4
        case .h5: 5
        case .h6: 6
        default: nil
        }
    }
}
