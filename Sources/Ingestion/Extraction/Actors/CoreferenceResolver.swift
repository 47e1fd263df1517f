import ClaimsModel

/// Resolves pronouns and short names within one article.
///
/// "he" and "she" go to the last person who spoke (a person once called "he" is not later
/// taken for "she"); "they" and "we" to the last group or organisation; a single name
/// ("Pezeshkian") to the full name the article uses for that person ("Masoud Pezeshkian").
struct CoreferenceResolver {
    private var fullNames: [String] = []
    /// The first and last word of each full name, for short names.
    private var ends: [(first: Substring, last: Substring)] = []
    private var speakers: [Speaker] = []
    private var gender: [String: String] = [:]

    /// Registers a full name found in the article (two words or more).
    mutating func register(fullName: String) {
        guard !fullNames.contains(fullName) else { return }
        let parts = fullName.split(separator: " ")
        guard parts.count >= 2, let first = parts.first, let last = parts.last else { return }
        fullNames.append(fullName)
        ends.append((first, last))
    }

    /// The full name for a short one (the first the article gives: news names its main figure
    /// first and calls relatives by their first names), the full name inside a longer run
    /// ("Billionaire Donald Trump" is "Donald Trump" when the article names him so), or the name
    /// itself.
    func expand(_ name: String) -> String {
        if name.contains(" ") {
            let inner = fullNames.filter { $0 != name && name.hasSuffix(" " + $0) }
            return inner.max { $0.count < $1.count } ?? name
        }
        for (index, end) in ends.enumerated() where end.last == name || end.first == name {
            return fullNames[index]
        }
        return name
    }

    /// Who holds each office in the article ("governor" → ["Chris Christie"]).
    private var holders: [String: [String]] = [:]

    /// Notes that the article gives `name` the office `office` ("Gov. Chris Christie").
    mutating func hold(_ office: String, by name: String) {
        if holders[office]?.contains(name) != true { holders[office, default: []].append(name) }
    }

    /// The one person the article gives `office`, for "the governor said"; `nil` when no one or
    /// several people hold it there.
    func holder(of office: String) -> String? {
        guard let names = holders[office], names.count == 1 else { return nil }
        return names[0]
    }

    /// An actor that made a claim, for later pronouns.
    struct Speaker {
        var name: String
        var kind: ActorKind
        /// Whether `name` is a name, not an unnamed speaker's description ("a spokesman").
        var isNamed: Bool
    }

    /// Notes that `name` made a claim, for later pronouns.
    mutating func spoke(_ name: String, kind: ActorKind, isNamed: Bool) {
        speakers.append(Speaker(name: name, kind: kind, isNamed: isNamed))
    }

    /// The actor a pronoun refers to, if an earlier speaker fits; `nil` when none does, so a
    /// pronoun is never filed as an actor of its own.
    mutating func resolve(_ pronoun: String, hint: ExtractionVocabulary.ActorKindHint) -> Speaker? {
        let lower = pronoun.lowercased()
        for speaker in speakers.reversed() {
            switch hint {
            case .person:
                guard speaker.kind == .person else { continue }
                let known = gender[speaker.name]
                let wanted =
                    ["he", "him"].contains(lower) ? "m" : ["she", "her"].contains(lower) ? "f" : nil
                if let known, let wanted, known != wanted { continue }
                if let wanted { gender[speaker.name] = wanted }
                return speaker
            case .group:
                // "they" may be a body as well as people ("the company said they ...").
                guard speaker.kind == .group || speaker.kind == .organization || speaker.kind == .outlet
                else {
                    continue
                }
                return speaker
            case .organization:
                // "it" is singular: a body, never a group of people ("analysts").
                guard speaker.kind == .organization || speaker.kind == .outlet else { continue }
                return speaker
            case .any:
                return speaker
            }
        }
        return nil
    }
}
