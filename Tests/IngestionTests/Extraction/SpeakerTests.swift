import ClaimsModel
import Testing

@testable import Ingestion

@Suite("Speakers, actors and their kinds")
struct SpeakerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let body: String
        let actor: String
        let kind: ActorKind
        var description: String? = nil
        var speaker: String? = nil
        var testDescription: String { body }
    }

    static let cases: [Case] = [
        Case(
            body: "Harbour Minister Capt. Rosa Delgado said the pier would reopen.", actor: "Rosa Delgado",
            kind: .person, speaker: "Harbour Minister Capt. Rosa Delgado"),
        Case(
            body: "Lisbon-based marine biology student Arno Veldt said the reef was recovering.",
            actor: "Arno Veldt", kind: .person, description: "Lisbon-based marine biology student"),
        Case(
            body: "“The reef is recovering,” Arno Veldt, a diver from Porto, told the Harbour Courier.",
            actor: "Arno Veldt", kind: .person, description: "a diver from Porto", speaker: "Arno Veldt"),
        Case(
            body: "The Port Authority said the channel would be dredged.", actor: "Port Authority",
            kind: .organization),
        Case(
            body: "Two officials familiar with the talks said a deal was close.",
            actor: "Two officials familiar with the talks", kind: .group),
        Case(
            body: "Fishermen say the catch has halved since spring.", actor: "fishermen", kind: .group),
        Case(
            body: "The reef is recovering, analysts said.", actor: "analysts", kind: .group),
        Case(
            body: "The channel will be dredged, per the independent Tide news agency.", actor: "Tide",
            kind: .outlet, description: "the independent Tide news agency"),
        Case(
            body: "“The dredging starts in May,” coastal outlet The Shoreline reported.",
            actor: "Shoreline",
            kind: .outlet, description: "coastal outlet"),
        Case(
            body: "Harbour Master Ingrid Solberg said the quay was safe.", actor: "Ingrid Solberg",
            kind: .person, description: "Harbour Master", speaker: "Harbour Master Ingrid Solberg"),
        Case(
            body: "Fees will rise, according to a statement from the finance ministry.",
            actor: "finance ministry",
            kind: .organization, description: "a statement from the finance ministry",
            speaker: "a statement from the finance ministry"),
        Case(
            body: "The coins were insured, according to the museum's annual report.", actor: "museum",
            kind: .organization, speaker: "the museum's annual report"),
        Case(
            body: "Rents doubled, according to a survey by the Tide Courier.", actor: "Tide Courier",
            kind: .outlet, speaker: "a survey by the Tide Courier"),
        Case(
            body: "Engineers warned that the wall would not hold.", actor: "engineers", kind: .group),
        // A lower-case regular plural head is several people; singulars in "-s" stay people.
        Case(body: "The dockers said the quay was unsafe.", actor: "dockers", kind: .group),
        Case(body: "The local boss said the quay was safe.", actor: "local boss", kind: .person),
        // A place after "in" belongs to the noun before it, which is who speaks.
        Case(
            body: "Some delegates at the meeting in Porto said they wanted the ferry back.",
            actor: "Some delegates at the meeting in Porto", kind: .group,
            speaker: "Some delegates at the meeting in Porto"),
        Case(
            body: "Six in 10 voters say the ferry matters most.", actor: "Six in 10 voters", kind: .group,
            speaker: "Six in 10 voters"),
        Case(
            body: "Officials in Porto said the talks would resume.", actor: "Officials in Porto", kind: .group
        ),
        Case(
            body: "Ana Lee in Porto said the quay was unsafe.", actor: "Ana Lee", kind: .person,
            description: "in Porto", speaker: "Ana Lee in Porto"),
        // A firm's name may be joined by "and"; a run holding "and" is an organisation.
        Case(body: "S and P said the rating would hold.", actor: "S and P", kind: .organization),
        Case(
            body: "Halden and Voss Corp said the outlook was stable.", actor: "Halden and Voss Corp",
            kind: .organization),
        // An organisation's name keeps its title-like words; the article is not part of it.
        Case(
            body: "The State Department said the talks would resume.", actor: "State Department",
            kind: .organization, speaker: "The State Department"),
        // A capitalised common noun alone is an office or a body, not a name.
        Case(body: "The Ministry said fees would rise.", actor: "ministry", kind: .organization),
        Case(body: "The President said the talks would resume.", actor: "president", kind: .person),
        // Places speak for their governments; acronyms and banks are not people.
        Case(body: "Japan said the tariffs would stay.", actor: "Japan", kind: .organization),
        Case(
            body: "Washington warned that the sanctions would widen.", actor: "Washington",
            kind: .organization),
        Case(body: "The SEC said the filing was late.", actor: "SEC", kind: .organization),
        Case(body: "Rotbank said rates would rise.", actor: "Rotbank", kind: .organization),
        Case(body: "MPs said the bill would pass.", actor: "MPs", kind: .group),
        Case(
            body: "The United States said the embassy would reopen.", actor: "United States",
            kind: .organization),
        // A title's organisation word does not make its bearer an organisation.
        Case(
            body: "Fed Governor Ana Ruiz said rates would rise.", actor: "Ana Ruiz", kind: .person,
            description: "Fed Governor"),
        // A party is a description; a clause's opening word is not part of the name.
        Case(
            body: "Democrat Rosa Delgado said the pier would reopen.", actor: "Rosa Delgado",
            kind: .person, description: "Democrat"),
        Case(body: "Now Rosa Delgado says the pier will reopen.", actor: "Rosa Delgado", kind: .person),
        // A quantity of people is a group, even when capitalised.
        Case(
            body: "Many Democrats said the plan would fail.", actor: "Many Democrats", kind: .group),
        // A name set beside a description is who speaks; the description describes them.
        Case(
            body: "The harbour master, Ines Varga, said the quay would reopen in May.", actor: "Ines Varga",
            kind: .person, description: "The harbour master", speaker: "The harbour master"),
        Case(
            body: "The quay will reopen in May, said the port's spokesman, Ines Varga.", actor: "Ines Varga",
            kind: .person, description: "the port's spokesman", speaker: "the port's spokesman"),
        // A poll or report no one is named as issuing is a document.
        Case(
            body: "A new poll found that most riders want the ferry back.", actor: "new poll",
            kind: .document),
        Case(
            body: "Fees will rise, according to the annual report.", actor: "annual report",
            kind: .document),
        Case(
            body: "The lawsuit alleges that the quay was built without a permit.", actor: "lawsuit",
            kind: .document),
        // A document with its issuer is the issuer's.
        Case(
            body: "The council's proposal says the ferry will run hourly.", actor: "council",
            kind: .organization,
            speaker: "The council's proposal"),
        // A time before the document is not who issued it.
        Case(
            body: "Fees will rise, according to today's communique.", actor: "today's communique",
            kind: .document),
        // A number of people is a group.
        Case(
            body: "Ines Varga and Ivo Petrov met at the quay. The two said the pier was unsafe.",
            actor: "two", kind: .group),
        // A restrictive relative stands for the phrase right before it.
        Case(
            body: "Ines Varga spoke first. Ferry riders who use the quay say the fees are too high.",
            actor: "Ferry riders who use the quay", kind: .group, speaker: "Ferry riders who use the quay"),
        // A description beside another description stays the actor.
        Case(
            body: "The harbour master, a former diver, said the quay would reopen.",
            actor: "harbour master", kind: .person, description: "a former diver"),
    ]

    @Test("titles, pre-modifiers, appositives, organisations, groups and outlets", arguments: cases)
    func speaker(_ example: Case) throws {
        let claim = try #require(onlyClaim(example.body))
        #expect(claim.actor == example.actor)
        #expect(claim.actorKind == example.kind)
        if let description = example.description { #expect(claim.actorDescription == description) }
        if let speaker = example.speaker { #expect(claim.speakerText == speaker) }
    }

    @Test("\"he\" goes to the last person who spoke; the span stays on the pronoun")
    func pronoun() throws {
        let body = """
            “The reef is recovering,” Arno Veldt, a diver from Porto, told the Harbour Courier.

            “We saw turtles again last week,” he said.
            """
        let claims = extractClaims(body).claims
        try #require(claims.count == 2)
        #expect(claims[1].actor == "Arno Veldt")
        #expect(claims[1].speakerText == "he")
        let span = try #require(claims[1].speakerSpan)
        #expect(body.slice(span) == "he")
    }

    @Test("\"he\" goes to a person a sentence since the last speaker opens with")
    func pronounAfterSentenceSubject() throws {
        let body = """
            Residents said they wanted the ferry back.

            Mayor Tomas Reyes has also spoken about the closure. On Wednesday, he told a crowd that the ferry would return.
            """
        let claims = extractClaims(body).claims
        try #require(claims.count == 2)
        #expect(claims[0].actor == "residents")
        #expect(claims[0].actorKind == .group)
        #expect(claims[1].actor == "Tomas Reyes")
        #expect(claims[1].actorKind == .person)
        #expect(claims[1].speakerText == "he")
        #expect(claims[1].cue == "told")
        #expect(claims[1].content == "that the ferry would return")
        // A possessive opening the sentence is not its subject: "he" stays with the speaker.
        let possessive = extractClaims(
            """
            Ivo Brandt said the quay was safe after a visit with Mayor Tomas Reyes.

            Reyes's deputy was not there. Later, he said the quay would open in May.
            """
        ).claims
        try #require(possessive.count == 2)
        #expect(possessive[1].actor == "Ivo Brandt")
    }

    @Test("a pronoun whose own sentence names another person first is no one's")
    func contestedPronoun() throws {
        let body = """
            Harbour Master Ivo Brandt praised Councillor Lena Holt after she said the quay would reopen.
            """
        let claims = extractClaims(body).claims
        try #require(claims.count == 2)
        #expect(claims[0].actor == "Ivo Brandt")
        #expect(claims[0].cue == "praised")
        #expect(claims[1].speakerText == "she")
        #expect(claims[1].cue == "said")
        #expect(claims[1].content == "the quay would reopen")
        #expect(claims[1].actor == nil)
        // So the next "he" is still free to be him.
        let next = extractClaims(body + "\n\n“The work is done,” he said.").claims
        try #require(next.count == 3)
        #expect(next[2].actor == "Ivo Brandt")
    }

    @Test("\"the fund\" is the one body the article has named with that head noun")
    func definiteOrganization() throws {
        let body = """
            Economists at the Northern Development Fund studied the port.

            The fund warned that the closure would cost the region dearly.
            """
        let claim = try #require(onlyClaim(body))
        #expect(claim.actor == "Northern Development Fund")
        #expect(claim.actorKind == .organization)
        #expect(claim.actorDescription == "fund")
        #expect(claim.speakerText == "The fund")
        #expect(claim.content == "that the closure would cost the region dearly")
        // Two funds: "the fund" could be either, so it stays a description.
        let two = try #require(
            onlyClaim(
                """
                The Northern Development Fund and the Coastal Relief Fund met on Friday.

                The fund warned that the closure would cost the region dearly.
                """))
        #expect(two.actor == "fund")
        #expect(!two.actorIsNamed)
    }

    @Test("a named person \"at\" or \"of\" a body is the person, the body their description")
    func affiliatedPerson() throws {
        let at = try #require(onlyClaim("“We need the berth,” said Dan Lund at the Vell Courier."))
        #expect(at.actor == "Dan Lund")
        #expect(at.actorKind == .person)
        #expect(at.actorDescription == "at the Vell Courier")
        #expect(at.speakerText == "Dan Lund at the Vell Courier")
        let of = try #require(onlyClaim("Ana Pike of the Harbour Board said the fees would stay."))
        #expect(of.actor == "Ana Pike")
        #expect(of.actorDescription == "of the Harbour Board")
        // A body's own "of" stays in its name.
        let bank = try #require(onlyClaim("The Bank of Vell said rates would stay."))
        #expect(bank.actor == "Bank of Vell")
        #expect(bank.actorKind == .organization)
    }

    @Test("a lone word capitalised only by its place in the sentence is no actor")
    func commonWordIsNoActor() throws {
        let body = """
            Walking through the yard, the workers said the cranes were old.

            Revealed said the memo was forged; the memo was revealed on Monday.
            """
        let claims = extractClaims(body).claims
        let revealed = try #require(claims.first { $0.speakerText == "Revealed" })
        #expect(revealed.actor == nil)
        #expect(revealed.actorKind == .unknown)
        #expect(!revealed.actorIsNamed)
        #expect(revealed.content == "the memo was forged")
        // A surname the article also writes inside a sentence is a name.
        let named = try #require(
            onlyClaim("The crane was sold to Okafor in May.\n\nOkafor said the crane would be moved."))
        #expect(named.actor == "Okafor")
        #expect(named.actorKind == .person)
    }

    @Test("a speaker phrase opening with a preposition or a question word is no one")
    func phraseThatIsNoActor() throws {
        let across = try #require(onlyClaim("Across Asia said the tariffs would hurt exporters."))
        #expect(across.speakerText == "Across Asia")
        #expect(across.actor == nil)
        #expect(across.actorKind == .unknown)
        #expect(!across.actorIsNamed)
        #expect(across.content == "the tariffs would hurt exporters")
    }

    @Test(
        "\"the GOP nominee\" is the one nominee of that party the article names; \"the nominee\" of two is no one"
    )
    func partyRole() throws {
        let claims = extractClaims(
            "Republican nominee Ana Ruiz and Democratic nominee Tomas Reyes met in Porto on Monday. "
                + "The GOP nominee said the ferry would stay. The Democratic nominee said the fees would fall. "
                + "The former mayor said the quay was safe. The nominee said nothing else. "
                + "The GOP front-runner said the polls were wrong."
        ).claims
        try #require(claims.count == 5, "\(claims.map(\.content))")
        #expect(claims[0].actor == "Ana Ruiz")
        #expect(claims[0].actorDescription == "GOP nominee")
        #expect(claims[1].actor == "Tomas Reyes")
        #expect(claims[2].actor == "former mayor")
        #expect(claims[3].actor == "nominee")
        #expect(claims[3].actorIsNamed == false)
        // A front-runner is not any candidate: no one here is titled one.
        #expect(claims[4].actor == "GOP front-runner")
    }

    @Test("a vice president is not \"the president\", a former mayor not \"the mayor\"")
    func qualifiedOffice() throws {
        let claims = extractClaims(
            "Vice President Lena Ostrova and former Mayor Ivo Petrov toured the quay. "
                + "The president said the ferry would stay. The vice president said the fees would fall. "
                + "The mayor said the quay was safe. The former mayor said the quay was not safe."
        ).claims
        try #require(claims.count == 4, "\(claims.map(\.content))")
        #expect(claims[0].actor == "president")
        #expect(claims[1].actor == "Lena Ostrova")
        #expect(claims[2].actor == "mayor")
        #expect(claims[3].actor == "Ivo Petrov")
    }

    @Test("\"she\" never goes to a man by his first name, nor \"he\" to a woman")
    func firstNameGender() throws {
        let she = try #require(
            onlyClaim(
                "Mayor Ivo Petrov met Ana Ruiz at the quay on Monday. “The pier is too short,” she said."))
        #expect(she.speakerText == "she")
        #expect(she.actor == nil)
        let he = try #require(
            onlyClaim("Ana Ruiz opened the quay on Monday. “The pier is too short,” he said."))
        #expect(he.actor == nil)
        // A first name used for both does not decide: the last speaker stays the antecedent.
        let either = try #require(
            extractClaims("“The quay is open,” Jordan Lee said. “The pier is too short,” she said.").claims
                .last)
        #expect(either.actor == "Jordan Lee")
    }

    @Test("\"she\" stands for a described person (\"the reporter\"), never for a described thing")
    func animateAntecedent() throws {
        let person = try #require(
            extractClaims("The reporter said the quay was closed. “It will open in May,” she added.").claims
                .last)
        #expect(person.actor == "reporter")
        // "the timetable said" is a document's claim; "she" reaches back to the last person.
        let thing = try #require(
            extractClaims(
                "“The quay is closed,” Ana Ruiz said. The new timetable said the ferry would stop. "
                    + "“It will open in May,” she added."
            ).claims.last)
        #expect(thing.actor == "Ana Ruiz")
    }

    @Test("\"those who\" and \"anyone who\" are no one in particular, never the last speaker")
    func genericRelative() throws {
        for opener in ["Those", "Anyone"] {
            let claims = extractClaims(
                "“The fees are fair,” Ines Varga said. \(opener) who use the quay say the fees are too high."
            ).claims
            try #require(claims.count == 2, "\(claims.map(\.content))")
            #expect(claims[0].actor == "Ines Varga")
            #expect(claims[1].speakerText == "\(opener) who use the quay")
            #expect(claims[1].actor == nil)
            #expect(claims[1].content == "the fees are too high")
        }
    }

    @Test(
        "a dateline in capitals is no one; a negated verb says nothing; a short form before a comma is a name"
    )
    func datelineAndContractionAreNoOne() throws {
        let dateline = try #require(
            onlyClaim(
                "PORTO, Ore. (Tide) - Mayor Ana Ruiz toured the quay on Thursday and said the ferry must return."
            ))
        #expect(dateline.speakerText == "PORTO")
        #expect(dateline.actor == nil)
        #expect(dateline.content == "the ferry must return")
        // A negated auxiliary, with either apostrophe, is never a speaker: nothing is claimed.
        for apostrophe in ["’", "'"] {
            let negated = extractClaims(
                "The quay is closed. I don\(apostrophe)t know how the ferry can return.")
            #expect(!negated.claims.contains { $0.cue == "know" })
        }
        let name = try #require(onlyClaim("HSB, the safety board, said the crane was unsafe."))
        #expect(name.actor == "HSB")
        #expect(name.actorKind == .organization)
    }

    @Test("\"Mr.\" with a surname is never the full name the article's pronouns made a woman")
    func titledSurnameAgainstPronouns() throws {
        let body = """
            Ana Ruiz said the quay was safe. She said the ferry would return.

            Tomas Ruiz spoke at the pier. Mr. Ruiz said it would not.
            """
        let claim = try #require(extractClaims(body).claims.first { $0.speakerText == "Mr. Ruiz" })
        #expect(claim.actor == "Tomas Ruiz")
        #expect(claim.actorKind == .person)
        #expect(claim.content == "it would not")
        // With only her named, he is this article's Ruiz, not her and not the archive's "Ruiz".
        let against = try #require(
            extractClaims(
                "Ana Ruiz said the quay was safe.\n\nShe said the ferry would return. Mr. Ruiz said it would not."
            )
            .claims.first { $0.speakerText == "Mr. Ruiz" })
        #expect(against.actor == "Ruiz")
        #expect(!against.actorIsNamed)
        // With one full name and nothing against it, the title and surname are that person.
        let one = try #require(
            extractClaims("Tomas Ruiz spoke at the pier.\n\nMr. Ruiz said the ferry would return.").claims
                .first)
        #expect(one.actor == "Tomas Ruiz")
        #expect(one.actorIsNamed)
    }

    @Test("a plural of a place or party's people is a group, with its capital")
    func peopleOfAPlace() throws {
        let claim = try #require(onlyClaim("Norwegians said the fjord ferry should stay."))
        #expect(claim.actor == "Norwegians")
        #expect(claim.actorKind == .group)
        #expect(!claim.actorIsNamed)
        let party = try #require(onlyClaim("The Tories said the ferry should stay."))
        #expect(party.actor == "Tories")
        #expect(party.actorKind == .group)
    }

    @Test("after someone we cannot name speaks, \"she\" is them, not an older speaker")
    func unnamedSpeakerHoldsThePronoun() throws {
        let body = """
            Harbour Master Ana Ruiz said the quay would reopen.

            Revealed said the memo was forged. “It was never signed,” she said.
            """
        let claims = extractClaims(body).claims
        try #require(claims.count == 3)
        #expect(claims[0].actor == "Ana Ruiz")
        #expect(claims[1].actor == nil)
        #expect(claims[2].speakerText == "she")
        #expect(claims[2].actor == nil)
    }

    @Test("a firm's name without its legal suffix is that firm, not a person")
    func firmShortName() throws {
        let body = """
            The refinery was bought by Harbor Oil Inc in 2019.

            Harbor Oil said the sale of the refinery would close in June. Ivo Brandt said the price was fair.
            """
        let extraction = extractClaims(body)
        try #require(extraction.claims.count == 2)
        #expect(extraction.claims[0].actor == "Harbor Oil Inc")
        #expect(extraction.claims[0].actorKind == .organization)
        #expect(extraction.claims[0].speakerText == "Harbor Oil")
        #expect(extraction.claims[0].content == "the sale of the refinery would close in June")
        #expect(extraction.claims[1].actor == "Ivo Brandt")
        #expect(extraction.claims[1].actorKind == .person)
        // With no "Inc" in the article, nothing says "Harbor Oil" is a firm.
        let bare = try #require(onlyClaim("Harbor Oil said the sale would close in June."))
        #expect(bare.actor == "Harbor Oil")
    }

    @Test("a pronoun with no earlier speaker has no actor, only its span")
    func pronounWithoutAntecedent() throws {
        let body = "“We will appeal,” she said."
        let claim = try #require(onlyClaim(body))
        #expect(claim.actor == nil)
        #expect(claim.actorKind == .unknown)
        #expect(claim.speakerText == "she")
        #expect(body.slice(try #require(claim.speakerSpan)) == "she")
    }

    @Test("a description without a name is not filed as a named actor")
    func unnamedSpeaker() throws {
        let named = try #require(onlyClaim("Harbour Master Ingrid Solberg said the quay was safe."))
        #expect(named.actorIsNamed)
        let unnamed = try #require(onlyClaim("A spokesman for the port said the quay was safe."))
        #expect(unnamed.actor == "spokesman for the port")
        #expect(!unnamed.actorIsNamed)
        let office = try #require(onlyClaim("The President said the talks would resume."))
        #expect(!office.actorIsNamed)
    }

    @Test("a name opening a sentence is a person when the article never writes it in lower case")
    func sentenceStartName() throws {
        let body = """
            Maya Okafor opened the pier on Friday.

            The pier will carry ferries by June, Okafor said.
            """
        let claim = try #require(onlyClaim(body))
        #expect(claim.actor == "Maya Okafor")
        #expect(claim.speakerText == "Okafor")
        // "Many" is written in lower case elsewhere, so "Many Ferries" is not a name.
        let extraction = extractClaims("Many Ferries run late. Not many boats run at all.")
        #expect(!extraction.mentions.contains { $0.name == "Many Ferries" })
    }

    @Test("a surname that is also a place is the person the article names")
    func surnameThatIsAPlace() throws {
        let body = """
            Coach Kelvin Washington watched from the bench.

            The team will be back, Washington said.
            """
        let claim = try #require(onlyClaim(body))
        #expect(claim.actor == "Kelvin Washington")
        #expect(claim.actorKind == .person)
    }

    @Test("a name run with a word before the full name the article uses is that person")
    func modifierBeforeFullName() throws {
        let body = """
            Rosa Delgado bought the old pier in May.

            Billionaire Rosa Delgado said the pier would reopen.
            """
        let claim = try #require(onlyClaim(body))
        #expect(claim.actor == "Rosa Delgado")
    }

    @Test("a surname is the full name the body gives, not headline words before it")
    func surnameOfTheConfirmedName() throws {
        let body = """
            Quiet Okafor wins the harbour vote.

            Harbour Master Maya Okafor won the vote on Friday. The pier will reopen in June, Okafor said.
            """
        var article = Article(key: "test", body: body, outlet: "Harbour Courier", date: nil)
        article.title = "Quiet Okafor wins the harbour vote"
        let claims = rulesOnlyExtractor.extract(article).claims
        try #require(claims.count == 1)
        let claim = claims[0]
        #expect(claim.actor == "Maya Okafor")
        #expect(claim.speakerText == "Okafor")
        #expect(claim.content == "The pier will reopen in June")
    }

    @Test("a name is not completed by the words a title-case headline puts after it")
    func headlineWordsAfterTheName() throws {
        let body = """
            Lund and Varga Slam ‘Harbour Plan.’

            “The plan costs too much,” Varga said.
            """
        var article = Article(key: "test", body: body, outlet: "Harbour Courier", date: nil)
        article.title = "Lund and Varga Slam ‘Harbour Plan.’"
        let claim = try #require(rulesOnlyExtractor.extract(article).claims.first)
        #expect(claim.speakerText == "Varga")
        #expect(claim.actor == "Varga")
    }

    @Test("a bare surname is the relative the article names first")
    func surnameOfTheFirstNamed() throws {
        let body = """
            Ana Ruiz runs the yard. She hired her son, Tomas Ruiz, last year.

            The yard will double its staff, Ruiz said.
            """
        let claim = try #require(onlyClaim(body))
        #expect(claim.actor == "Ana Ruiz")
    }

    @Test("\"the governor\" is the one governor the article names; \"a spokesman\" is no one named")
    func roleNouns() throws {
        let body = """
            Gov. Ana Ruiz toured the flooded valley on Monday with Mayor Tomas Berg.

            The governor said the state would pay for the repairs. A spokesman said the roads would reopen.
            """
        let claims = extractClaims(body).claims
        try #require(claims.count == 2)
        #expect(claims[0].actor == "Ana Ruiz")
        #expect(claims[0].actorDescription == "governor")
        #expect(body.slice(try #require(claims[0].speakerSpan)) == "The governor")
        #expect(claims[0].actorIsNamed)
        #expect(claims[1].actor == "spokesman")
        #expect(!claims[1].actorIsNamed)
        // Two senators: "the senator" could be either, so it stays unnamed.
        let two = extractClaims(
            "Sen. Ana Ruiz met Sen. Bo Lind on Friday. The senator said the bill would pass."
        ).claims
        #expect(two.first?.actor == "senator")
        #expect(two.first?.actorIsNamed == false)
    }

    @Test("\"it\" is a body, never a group of people; \"they\" may be either")
    func itAndThey() throws {
        let body = """
            The Port Authority said the channel would be dredged. Analysts said costs would rise.

            They said the delay would cost more. It said the work would take a year.
            """
        let claims = extractClaims(body).claims
        try #require(claims.count == 4)
        #expect(claims[2].actor == "analysts")
        // The analysts spoke last, but "it" passes over them to the authority.
        #expect(claims[3].actor == "Port Authority")
    }

    @Test("a surname alone resolves to the full name used earlier")
    func shortName() throws {
        let body = """
            Harbour Minister Rosa Delgado opened the pier on Friday.

            The pier will carry ferries by June, Delgado said.
            """
        let claim = try #require(onlyClaim(body))
        #expect(claim.actor == "Rosa Delgado")
        #expect(claim.speakerText == "Delgado")
    }

    @Test("people who are named but make no claim are mentions")
    func mentions() {
        let body = "Harbour Minister Rosa Delgado met Fisheries Commissioner Ulla Berg in Porto."
        let extraction = extractClaims(body)
        #expect(extraction.claims.isEmpty)
        let names = extraction.mentions.filter { $0.kind == .person }.map(\.name)
        #expect(names == ["Rosa Delgado", "Ulla Berg"])
        for mention in extraction.mentions {
            #expect(body.slice(mention.span) == mention.name)
        }
        // A pronoun is never part of a name ("Suddenly I had an idea").
        let writer = extractClaims("Ulla Berg left early. Suddenly I had an idea.")
        #expect(writer.mentions.map(\.name) == ["Ulla Berg"])
    }

    @Test("\"I\" outside a quotation is no one the article names, nor the byline's author")
    func firstPerson() throws {
        let body = "Ulla Berg left the quay early. “The pier is too short,” I said."
        let alone = try #require(onlyClaim(body))
        #expect(alone.speakerText == "I")
        #expect(alone.actor == nil)
        // A live blog's "I hope ..." is often a post it quotes without marks.
        let signed = try #require(
            rulesOnlyExtractor.extract(Article(key: "column", body: body, authors: ["Mira Holt"])).claims
                .first)
        #expect(signed.actor == nil)
    }

    @Test("a possessive before a reporting noun is resolved like the subject pronoun")
    func possessiveSpeaker() throws {
        let body = """
            Harbour Master Ivo Brandt said the quay was safe.

            Critics later questioned his claim that the ferry would pay for itself.
            """
        let claims = extractClaims(body).claims
        let claim = try #require(claims.first { $0.cue == "claim" })
        #expect(claim.speakerText == "his")
        #expect(claim.actor == "Ivo Brandt")
        #expect(claim.actorKind == .person)
        #expect(claim.content == "that the ferry would pay for itself")
        // With no one it can point back to, it is no one's, never "his".
        let alone = try #require(
            extractClaims("Critics questioned his claim that the ferry would pay for itself.").claims.first {
                $0.cue == "claim"
            })
        #expect(alone.speakerText == "his")
        #expect(alone.actor == nil)
    }

    @Test("an object or generic pronoun as the speaker names no one")
    func objectPronounIsNoOne() throws {
        let claim = try #require(
            extractClaims(
                "Ana Ruiz met the dockers on Monday, letting them know she thinks the quay is safe."
            )
            .claims.first { $0.cue == "know" })
        #expect(claim.speakerText == "them")
        #expect(claim.actor == nil)
        #expect(claim.actorKind == .unknown)
        // "US" in capitals is the country.
        let country = try #require(onlyClaim("The US said the quay was unsafe."))
        #expect(country.actor == "US")
        #expect(country.actorKind == .organization)
    }

    @Test("a part of a group (\"one of his aides\", \"most of them\") is the speaker, not the pronoun")
    func partitiveSpeaker() throws {
        let after = try #require(onlyClaim("“The plan will not pass,” said one of his senior aides."))
        #expect(after.speakerText == "one of his senior aides")
        #expect(after.actor == "one of his senior aides")
        #expect(!after.actorIsNamed)
        #expect(after.content == "“The plan will not pass,”")
        let before = try #require(
            extractClaims("Ana Ruiz met the harbour workers. Most of them said they had loved the old quay.")
                .claims.first { $0.cue == "said" })
        #expect(before.speakerText == "Most of them")
        #expect(before.actor == "Most of them")
        #expect(before.actorKind == .group)
        #expect(!before.actorIsNamed)
        #expect(before.content == "they had loved the old quay")
    }
}
