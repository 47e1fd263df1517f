import ClaimsModel

// Labelled paragraphs: "Name: what they said."
extension AttributionFinder {
    /// "Name: what they said." A paragraph that opens with a short capitalised name and a colon,
    /// the form of headlines ("Rubio: I'm Not Interested") and transcripts.
    mutating func labelled(_ paragraph: Paragraph, number: Int) -> Bool {
        let range = paragraph.tokens
        var colon = range.lowerBound
        while colon < range.upperBound, colon - range.lowerBound <= 6, tokens[colon].text != ":" {
            let token = tokens[colon]
            let allowed =
                (token.kind == .word && (token.isCapitalized || token.lower == "'s" || token.lower == "’s"))
                || token.text == "(" || token.text == ")" || token.text == "-" || token.text == "."
            guard allowed else { return false }
            colon += 1
        }
        guard colon < range.upperBound, tokens[colon].text == ":", colon > range.lowerBound,
            colon - range.lowerBound <= 6, range.upperBound - colon >= 4
        else { return false }
        let label = tokens[range.lowerBound].lower
        guard !vocabulary.colonLabels.contains(label), tokens[range.lowerBound].kind == .word else {
            return false
        }
        let start = colon + 1
        let stop = contentEnd(start..<range.upperBound)
        guard stop - start >= 3 else { return false }
        let speaker = SpeakerPhrase(tokens: range.lowerBound..<colon, appositive: nil)
        found.append(
            Attribution(
                speaker: speaker, cue: colon..<(colon + 1), content: start..<stop, kind: kindOf(start..<stop),
                cueEntry: nil, paragraph: number))
        consumedUntil = max(consumedUntil, range.upperBound)
        return true
    }
}
