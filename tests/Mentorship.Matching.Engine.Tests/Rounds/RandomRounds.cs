using Mentorship.Matching.Engine.Rounds;
using Mentorship.Matching.Engine.Scoring;
using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Engine.Tests.Rounds;

/// <summary>Seeded random rounds with every kind of hard constraint and appreciation (bonus, malus, forbid), no pins.</summary>
internal static class RandomRounds
{
    public static RoundRequest Create(Random random, int menteeCount, int mentorCount, Objective objective)
    {
        var mentees = Enumerable.Range(0, menteeCount).Select(_ => new Mentee(Guid.NewGuid(), Profile(random))).ToList();
        var mentors = Enumerable.Range(0, mentorCount).Select(_ =>
        {
            var capacity = random.Next(4);
            return new Mentor(Guid.NewGuid(), Profile(random), capacity, random.Next(2) == 0 ? 0 : random.Next(capacity + 1), random.Next(8) == 0 ? 2 : null, random.Next(3));
        }).ToList();
        for (var k = 0; k < mentees.Count; k++)
        {
            if (random.Next(10) == 0)
            {
                var conflict = new ConflictDeclaration(mentors[random.Next(mentorCount)].PersonId, "other");
                mentees[k] = mentees[k] with { Profile = mentees[k].Profile with { Conflicts = [conflict] } };
            }
        }

        var declined = Enumerable.Range(0, menteeCount / 5)
            .Select(_ => new DeclinedPair(mentees[random.Next(menteeCount)].PersonId, mentors[random.Next(mentorCount)].PersonId)).ToList();
        var appreciations = Enumerable.Range(0, menteeCount / 3).Select(k => new Appreciation(
            mentees[random.Next(menteeCount)].PersonId,
            mentors[random.Next(mentorCount)].PersonId,
            new[] { AppreciationKind.Bonus, AppreciationKind.Malus, AppreciationKind.Forbid }[k % 3],
            random.Next(0, 101),
            "coordinator")).ToList();
        var weights = new CriterionWeights(random.Next(11), random.Next(11), random.Next(11), random.Next(11), random.Next(11), random.Next(11), random.Next(11), random.NextDouble() * 10);
        return new RoundRequest(weights, mentees, mentors, appreciations, declined, objective);
    }

    private static ParticipantProfile Profile(Random random)
    {
        string[] Pick(string prefix, int vocabulary, int max) =>
            Enumerable.Range(0, random.Next(max + 1)).Select(_ => $"{prefix}{random.Next(vocabulary)}").ToArray();

        return new ParticipantProfile(
            random.Next(8) == 0 ? null : BelgianProvinces.Codes[random.Next(BelgianProvinces.Codes.Count)],
            Pick("sector-", 5, 2),
            random.Next(4) == 0 ? null : $"job-{random.Next(4)}",
            Pick("bg-", 6, 3),
            random.Next(6) == 0 ? null : random.Next(20, 70),
            Pick("lang-", 4, 2),
            Pick("exp-", 5, 3),
            Pick("hobby-", 10, 3),
            []);
    }
}
