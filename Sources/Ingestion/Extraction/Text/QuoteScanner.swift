/// Pairs quotation marks into quotations.
///
/// Curly marks, « », `` and '' say which way they face; straight marks are read from the
/// spacing around them and otherwise alternate. Single quotation marks are left inside the
/// double ones (nested quotes) and never open a quotation themselves. An opening mark with no
/// closing mark at a paragraph's end continues into the next paragraph when that paragraph
/// opens with a quotation mark again, the newspaper convention for quotes over paragraphs.
struct QuoteScanner: Sendable {
    /// The quotations of `tokens`, in order, and for each token the index of the quotation it
    /// belongs to (marks included), or -1.
    func scan(_ tokens: [Token], paragraphs: [Paragraph]) -> (quotations: [Quotation], owner: [Int32]) {
        var quotations: [Quotation] = []
        var owner = [Int32](repeating: -1, count: tokens.count)
        var current: Quotation?
        var words = 0

        func finish(at close: Int, closed: Bool, paragraph: Int) {
            guard var quote = current else { return }
            quote.close = close
            quote.isClosed = closed
            quote.lastParagraph = paragraph
            quote.wordCount = words
            let index = Int32(quotations.count)
            for position in quote.open...close { owner[position] = index }
            quotations.append(quote)
            current = nil
        }

        for (number, paragraph) in paragraphs.enumerated() {
            var position = paragraph.tokens.lowerBound
            if current != nil {
                // An unclosed quotation continues only into a paragraph that opens with a mark.
                if position < paragraph.tokens.upperBound, tokens[position].kind == .quote,
                    tokens[position].facing != .closing
                {
                    position += 1
                } else {
                    let previous = paragraphs[number - 1]
                    finish(at: previous.tokens.upperBound - 1, closed: false, paragraph: number - 1)
                }
            }
            while position < paragraph.tokens.upperBound {
                let token = tokens[position]
                if token.kind == .word || token.kind == .number {
                    words += 1
                } else if token.kind == .quote {
                    let opens: Bool
                    switch token.facing {
                    case .opening: opens = true
                    // A closing-shaped mark opening a paragraph, with no quotation open, is a
                    // misprinted opening mark (”… he said.”).
                    case .closing: opens = current == nil && position == paragraph.tokens.lowerBound
                    default: opens = current == nil
                    }
                    if opens {
                        if current != nil {
                            // A second opening mark: the first one was never closed.
                            finish(at: position - 1, closed: false, paragraph: number)
                        }
                        current = Quotation(
                            open: position, close: position, isClosed: false, firstParagraph: number,
                            lastParagraph: number, wordCount: 0)
                        words = 0
                    } else if current != nil {
                        finish(at: position, closed: true, paragraph: number)
                    }
                }
                position += 1
            }
            if current != nil, number == paragraphs.count - 1 {
                finish(at: paragraph.tokens.upperBound - 1, closed: false, paragraph: number)
            }
        }
        return (quotations, owner)
    }
}
