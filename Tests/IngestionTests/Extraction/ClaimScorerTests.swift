import ClaimsModel
import Testing

@_spi(Training) @testable import Ingestion

/// The claim scorer: a weighted sum of features against a threshold, and what the trained
/// weights do to candidates the rules find.
@Suite("Claim scorer")
struct ClaimScorerTests {
    @Test func scoresAreTheWeightSumLessTheThreshold() {
        let scorer = ClaimScorer(
            Lexicon(files: [
                "claim-weights.txt": "# test\nthreshold\t0.5\nbias\t1.0\ncue=said\t2.0\ncue=view\t-3.0\n"
            ]))
        #expect(scorer.isTrained)
        #expect(scorer.score(["bias", "cue=said"]) == 2.5)
        #expect(scorer.score(["bias", "cue=view"]) == -2.5)
        #expect(scorer.score(["bias", "unknown feature"]) == 0.5)
        #expect(scorer.confidence(0) == 0.5)
        #expect(scorer.confidence(2.5) == 0.92)
        #expect(scorer.confidence(-2.5) == 0.08)
    }

    @Test func noWeightsKeepsEveryCandidate() {
        let scorer = ClaimScorer(Lexicon(files: [:]))
        #expect(!scorer.isTrained)
        let body = "Harbour staff view the new cranes as a risk."
        let article = Article(key: "t", body: body, outlet: nil, date: nil)
        let rules = ClaimExtractor(
            lexicon: Lexicon(files: EmbeddedLexicons.files.filter { $0.key != "claim-weights.txt" }))
        #expect(rules.extract(article).claims.map(\.cue) == ["view"])
    }

    @Test func featuresNameTheCueItsNeighboursAndTheSpeakerShape() throws {
        let body = "Mayor Lee said that the pier would reopen."
        let article = Article(key: "t", body: body, outlet: nil, date: nil)
        let candidates = ClaimExtractor().candidates(article)
        let features = try #require(candidates.first?.features)
        for expected in [
            "bias", "cue=said", "kind=indirect", "spk=name", "prev=lee", "next=that", "first=that",
            "order=cue-first", "len=4-6",
        ] {
            #expect(features.contains(expected), "\(expected) in \(features)")
        }
    }

    @Test func trainedWeightsKeepPlainSpeechAndGiveItHighConfidence() throws {
        let body = "The harbour master said the quay would close for a week."
        let claims = ClaimExtractor().extract(Article(key: "t", body: body, outlet: nil, date: nil)).claims
        let claim = try #require(claims.first)
        #expect(claims.count == 1)
        #expect(claim.cue == "said")
        #expect(claim.confidence >= 0.8)
    }

    @Test func theScorerRejectsWeakCandidatesThatCandidatesStillList() {
        // "back" in a relative clause, and a lead "in the latest polls": the rules find both, the
        // trained weights keep neither; a plain "view X as Y" stays.
        let body = """
            Residents who back the plan met at the quay on Friday.

            Okafor has a narrow lead in the latest polls.

            The crews view the new cranes as a risk.
            """
        let article = Article(key: "t", body: body, outlet: nil, date: nil)
        let extractor = ClaimExtractor()
        #expect(extractor.candidates(article).map(\.claim.cue) == ["back", "in", "view"])
        #expect(extractor.extract(article).claims.map(\.cue) == ["view"])
    }
}
