import ClaimsModel

/// Resolves pronouns and short names within one article.
///
/// "he" and "she" go to the last person who spoke, or to a person a sentence since then opens
/// with, never to one whose first name, title or earlier pronoun says the other gender; "they"
/// and "we" to the last group or organisation; a single name ("Pezeshkian") to the full name
/// the article uses for that person ("Masoud Pezeshkian").
struct CoreferenceResolver {
    private var fullNames: [String] = []
    /// The first and last word of each full name, for short names.
    private var ends: [(first: Substring, last: Substring)] = []
    private var speakers: [Speaker] = []
    /// "m" or "f" by name: from the first name, a title ("Mrs.") or the pronouns so far.
    private var gender: [String: String] = [:]
    /// The gender nearly all bearers of a first name share (lower case), from first-names.txt.
    private let firstNameGenders: [String: String]

    init(firstNameGenders: [String: String] = [:]) {
        self.firstNameGenders = firstNameGenders
    }

    /// Notes the gender the first name of a full name gives ("Ana Ruiz" is "f").
    private mutating func noteFirstName(of name: String) {
        guard gender[name] == nil, name.contains(" "), let first = name.split(separator: " ").first,
            let known = firstNameGenders[first.lowercased()]
        else { return }
        gender[name] = known
    }

    /// Names only ever seen in the headline, where every word may be capitalised
    /// ("Understated Perez raises his profile").
    private var unconfirmed: Set<String> = []

    /// Registers a full name found in the article (two words or more); `confirmed` unless it is
    /// in the headline.
    mutating func register(fullName: String, confirmed: Bool = true) {
        if fullNames.contains(fullName) {
            if confirmed { unconfirmed.remove(fullName) }
            return
        }
        let parts = fullName.split(separator: " ")
        guard parts.count >= 2, let first = parts.first, let last = parts.last else { return }
        fullNames.append(fullName)
        noteFirstName(of: fullName)
        ends.append((first, last))
        nameWords.insert(first)
        nameWords.insert(last)
        if !confirmed { unconfirmed.insert(fullName) }
    }

    /// The full name for a short one (the first the article gives, preferring one it confirms:
    /// news names its main figure first and calls relatives by their first names), the full
    /// name inside a longer run ("Billionaire Donald Trump" is "Donald Trump" when the article
    /// names him so), or the name itself.
    ///
    /// With a title's gender ("Mr." gives "m", "Mrs." and "Ms." "f"), a full name whose pronouns
    /// so far have another gender is never chosen ("Mr. Clinton" after "Hillary Clinton ... she
    /// said" is Bill Clinton when the article names him, else no full name).
    func expand(_ name: String, titleGender: String? = nil) -> String {
        if name.contains(" ") {
            let inner = fullNames.filter { $0 != name && name.hasSuffix(" " + $0) }
            return inner.max { $0.count < $1.count } ?? name
        }
        if let titleGender {
            // Only the family members whose pronouns so far do not say otherwise.
            let family = fullNames.indices.filter {
                ends[$0].last == name && gender[fullNames[$0]].map { $0 == titleGender } ?? true
            }
            if family.isEmpty { return name }
            if family.count == 1 { return fullNames[family[0]] }
            return fullNames[family.first { !unconfirmed.contains(fullNames[$0]) } ?? family[0]]
        }
        var first: String?
        // A first name completes only a name the running text gives: a title-case headline's
        // "Gorka Slam" is not Gorka's full name.
        for (index, end) in ends.enumerated()
        where end.last == name || (end.first == name && !unconfirmed.contains(fullNames[index])) {
            if unconfirmed.isEmpty || !unconfirmed.contains(fullNames[index]) { return fullNames[index] }
            first = first ?? fullNames[index]
        }
        return first ?? name
    }

    /// Whether the article gives a full name with this surname.
    func hasFamily(_ surname: String) -> Bool {
        ends.contains { $0.last == surname }
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
        /// The token where the speaker (or, with none, the claim) starts.
        var position: Int
    }

    /// Notes that `name` made a claim at token `position`, for later pronouns.
    mutating func spoke(_ name: String, kind: ActorKind, isNamed: Bool, at position: Int) {
        if kind == .person, isNamed { noteFirstName(of: name) }
        speakers.append(Speaker(name: name, kind: kind, isNamed: isNamed, position: position))
    }

    /// Notes that someone we cannot name spoke at token `position` (a pronoun that fits two
    /// people, a misspelt name): they hold the place of the last speaker, so a later pronoun
    /// that fits them resolves to no one. `pronoun` gives their gender when it is "he" or "she".
    mutating func spokeUnnamed(at position: Int, pronoun: String?) {
        let placeholder = "#\(position)"
        speakers.append(Speaker(name: placeholder, kind: .person, isNamed: false, position: position))
        switch pronoun?.lowercased() {
        case "he"?, "him"?, "his"?: gender[placeholder] = "m"
        case "she"?, "her"?: gender[placeholder] = "f"
        default: break
        }
    }

    /// People the article's running text names as the subject of a sentence ("Reyes has also
    /// spoken about it."), by token position: a later "he" may be them though they made no
    /// claim.
    private var subjects: [(position: Int, name: String)] = []

    /// Notes that the sentence at token `position` opens with the registered person `name`.
    mutating func opensSentence(_ name: String, at position: Int) {
        noteFirstName(of: name)
        subjects.append((position, name))
    }

    /// Where the article's sentences start, in order, to tell which sentence a pronoun is in.
    var sentenceStarts: [Int] = []
    /// Every mention of a person, by token position, in order.
    private var people: [(position: Int, name: String)] = []

    /// Notes that the article names the person `name` at token `position`.
    mutating func named(_ name: String, at position: Int) {
        people.append((position, name))
    }

    /// Whether another person that `fits` is named earlier in the sentence of the pronoun at
    /// `position` ("Ruiz praised Ana Pike after she ..."): such a pronoun could be either.
    private func isContested(
        by antecedent: String, at position: Int, fits: (String) -> Bool
    ) -> Bool {
        let sentence = sentenceStarts.last { $0 <= position } ?? 0
        return people.contains {
            $0.position >= sentence && $0.position < position && $0.name != antecedent && fits($0.name)
        }
    }

    /// The first and last words of the registered full names.
    private var nameWords: Set<Substring> = []

    /// Whether `word` is the first or last word of a registered full name.
    func isNameWord(_ word: String) -> Bool { nameWords.contains(word[...]) }

    /// Whether `name` is a full name the article gives.
    func isRegistered(_ name: String) -> Bool { fullNames.contains(name) }

    /// The actor a pronoun at token `position` refers to: the nearest earlier speaker or
    /// sentence subject that fits it; `nil` when none does, so a pronoun is never filed as an
    /// actor of its own.
    mutating func resolve(_ pronoun: String, hint: ExtractionVocabulary.ActorKindHint, at position: Int)
        -> Speaker?
    {
        let lower = pronoun.lowercased()
        let wanted = ["he", "him", "his"].contains(lower) ? "m" : ["she", "her"].contains(lower) ? "f" : nil
        func fits(_ name: String) -> Bool {
            guard let known = gender[name], let wanted else { return true }
            return known == wanted
        }
        switch hint {
        case .person:
            let speaker = speakers.last { $0.kind == .person && fits($0.name) }
            // A person the text names since that speaker is nearer: news names who it turns
            // to before the quote ("Reyes has also spoken about it. On Monday, he said ...").
            let subject = subjects.last {
                $0.position < position && $0.position > (speaker?.position ?? -1) && fits($0.name)
            }
            let found =
                subject.map { Speaker(name: $0.name, kind: .person, isNamed: true, position: $0.position) }
                ?? speaker
            // Never a guess between two people: the wrong person is worse than none.
            if let found, isContested(by: found.name, at: position, fits: fits) { return nil }
            if let found, let wanted { gender[found.name] = wanted }
            return named(found)
        case .group:
            // "they" may be a body as well as people ("the company said they ...").
            return speakers.last { [.group, .organization, .outlet].contains($0.kind) }
        case .organization:
            // "it" is singular: a body, never a group of people ("analysts").
            return speakers.last { $0.kind == .organization || $0.kind == .outlet }
        case .any:
            return named(speakers.last)
        }
    }

    /// The speaker, or `nil` for one held by `spokeUnnamed`.
    private func named(_ speaker: Speaker?) -> Speaker? {
        speaker?.name.hasPrefix("#") == true ? nil : speaker
    }
}
