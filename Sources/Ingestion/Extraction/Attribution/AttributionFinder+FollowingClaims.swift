import ClaimsModel

// Claims that follow an attribution in the same sentence: ", who added that C", ", adding that C" and another speaker's cue.
extension AttributionFinder {
    /// `..., said X, who added that C`: the relative clause after a speaker is a claim of its own,
    /// with "who" as its speaker; returns whether it found one.
    mutating func relative(after start: Int, until end: Int, paragraph: Int) -> Bool {
        var index = start
        if index < end, tokens[index].text == "," { index += 1 }
        // Skip an appositive: ", a pollster at Y, who said ...".
        var probe = index
        while probe < end, probe - index <= 15, owner[probe] < 0, tokens[probe].text != "." {
            if tokens[probe].lower == "who", probe > start, tokens[probe - 1].text == "," { break }
            probe += 1
        }
        guard probe < end, tokens[probe].lower == "who" else { return false }
        var cueAt = probe + 1
        while cueAt < end, vocabulary.cueModifiers.contains(tokens[cueAt].lower) { cueAt += 1 }
        guard cueAt < end, let cue = cues.match(at: cueAt, in: tokens, limit: end), !cue.entry.isBare,
            !cue.entry.isPreposition
        else { return false }
        var from = cue.tokens.upperBound
        if cue.entry.takesObject,
            let object = speakers.phrase(after: from, limit: end, tokens: tokens, owner: owner),
            tokens[object.tokens.lowerBound].lower != "that"
        {
            from = object.tokens.upperBound
        }
        from = afterAdjuncts(from, limit: end)
        while from < end, tokens[from].text == "," || tokens[from].text == ":" { from += 1 }
        let stop = clauseEnd(from: from, end: contentEnd(from..<end))
        guard stop - from >= 2 else { return false }
        found.append(
            Attribution(
                speaker: SpeakerPhrase(tokens: probe..<(probe + 1), appositive: nil), cue: cue.tokens,
                content: from..<stop, kind: kindOf(from..<stop), cueEntry: cue.entry, paragraph: paragraph))
        return true
    }

    /// ", adding that C" after a direct quote's attribution.
    @discardableResult
    mutating func participle(after start: Int, until end: Int, paragraph: Int) -> Bool {
        var index = start
        while index + 1 < end {
            var cueAt = index + 1
            if cueAt + 1 < end, ["before", "after", "while", "then"].contains(tokens[cueAt].lower) {
                cueAt += 1  // ", before adding that ..."
            }
            if tokens[index].text == ",", owner[index] < 0,
                let cue = cues.match(at: cueAt, in: tokens, limit: end), cue.entry.isParticiple
            {
                var from = afterAdjuncts(cue.tokens.upperBound, limit: end)
                if cue.entry.takesObject,
                    let object = speakers.phrase(after: from, limit: end, tokens: tokens, owner: owner)
                {
                    from = object.tokens.upperBound
                }
                let stop = contentEnd(from..<end)
                if stop - from >= 2 {
                    found.append(
                        Attribution(
                            speaker: nil, cue: cue.tokens, content: from..<stop, kind: kindOf(from..<stop),
                            cueEntry: cue.entry, inheritsSpeaker: true, paragraph: paragraph))
                    return true
                }
                return false
            }
            index += 1
        }
        return false
    }

    /// `"...," Lee said, after Park said the plan ...`: a claim of another speaker in the rest
    /// of the sentence after a quotation's attribution.
    mutating func further(after start: Int, until end: Int, paragraph: Int) {
        guard start < end else { return }
        let stop = contentEnd(start..<end)
        var index = start
        while index < stop {
            if owner[index] < 0, let cue = cues.match(at: index, in: tokens, limit: stop) {
                guard !cue.entry.isParticiple, !cue.entry.isBare, !cue.entry.isPreposition else { return }
                if let attribution = leading(
                    cue, sentence: start..<end, end: stop, paragraph: paragraph, from: start)
                {
                    found.append(attribution)
                }
                return
            }
            index += 1
        }
    }
}
