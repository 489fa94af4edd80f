using Mentorship.Matching.Engine.Scoring;

namespace Mentorship.Matching.Engine.Tests.Scoring;

public class CompiledScorerTests
{
    [Fact]
    public void Compiled_scores_equal_explained_scores_exactly()
    {
        var random = new Random(5);
        var mentees = Enumerable.Range(0, 60).Select(_ => RandomProfile(random)).ToList();
        var mentors = Enumerable.Range(0, 40).Select(_ => RandomProfile(random)).ToList();
        var weights = new CriterionWeights(3, 1, 0.5, 2, 1, 4, 7, 0.25);
        var vocabulary = new ProfileVocabulary();
        vocabulary.Register(mentees);
        vocabulary.Register(mentors);
        var scorer = new CompiledScorer(vocabulary.Compile(mentees), vocabulary.Compile(mentors), ScoreFormula.Factors(weights));

        for (var i = 0; i < mentees.Count; i++)
        {
            for (var j = 0; j < mentors.Count; j++)
            {
                Assert.Equal(PairScorer.Score(mentees[i], mentors[j], weights).Total, scorer.Score(i, j));
            }
        }
    }

    private static ParticipantProfile RandomProfile(Random random)
    {
        string[] Pick(string prefix, int vocabulary, int max) =>
            Enumerable.Range(0, random.Next(max + 1)).Select(_ => random.Next(2) == 0 ? $"{prefix}{random.Next(vocabulary)}" : $" {prefix.ToUpperInvariant()}{random.Next(vocabulary)} ").ToArray();

        string? One(string[] codes) => random.Next(5) == 0 ? null : codes[random.Next(codes.Length)];

        return Profiles.Make(
            region: One([.. BelgianProvinces.Codes, "be-bru", "NL-LI", "  "]),
            sectors: Pick("s", 6, 3),
            jobFunction: One(["dev", "DEV", "nurse", "teacher"]),
            background: Pick("b", 5, 3),
            age: random.Next(5) == 0 ? null : random.Next(18, 80),
            languages: Pick("l", 4, 3),
            expectations: Pick("e", 5, 4),
            hobbies: Pick("h", 90, 4));
    }
}
