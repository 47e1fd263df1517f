import ClaimsModel
import Foundation

/// One reporting cue of `cues.txt`: its words and how it attaches speaker and content.
struct CueEntry: Sendable {
    /// Lower-case words; `?` matches any one word.
    var words: [String]
    /// The cue takes a listener or object before the content ("told Reuters that").
    var takesObject: Bool
    /// The speaker follows the cue ("according to X").
    var isPreposition: Bool
    /// A participle that opens a new claim after a comma (", adding that").
    var isParticiple: Bool
    /// The cue has no speaker; its content is the clause around it ("X seemed to ...").
    var isBare: Bool
    /// The content is usually a noun phrase ("praised the plan"), which ends before a comma,
    /// a dash or a trailing adjunct ("... in an interview").
    var takesNounPhrase: Bool
    /// Content after the cue must open with "that", a question word or a quotation
    /// ("maintained that ...", not "maintained a lead").
    var needsClause: Bool
    /// Content after the cue must open with "to" ("declined to comment"): the verb's other
    /// senses take a figure or a thing ("declined 0.1 per cent", "refused the offer").
    var needsInfinitive: Bool
    /// A figure after the cue is another sense of the verb ("added three more goals").
    var refusesFigure: Bool
    /// The act the cue reports (a class flag; speech when there is none).
    var claimClass: ClaimClass

    init(form: String, flags: String) {
        words = form.lowercased().split(separator: " ").map(String.init)
        let set = Set(flags.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        takesObject = set.contains("obj")
        isPreposition = set.contains("prep")
        isParticiple = set.contains("part")
        isBare = set.contains("bare")
        takesNounPhrase = set.contains("np")
        needsClause = set.contains("clause")
        needsInfinitive = set.contains("to")
        refusesFigure = set.contains("nofig")
        claimClass = ClaimClass.allCases.first { set.contains($0.rawValue) } ?? .speech
    }
}
