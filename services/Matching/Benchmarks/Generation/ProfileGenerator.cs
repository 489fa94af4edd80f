using Mentorship.Matching.Engine.Rounds;
using Mentorship.Matching.Engine.Scoring;
using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Benchmarks.Generation;

/// <summary>
/// Random round requests from profiles: each person speaks one of 28 languages and sometimes a
/// second, so about 4-5% of pairs share a language (the hard constraint the planner indexes on);
/// regions, sectors, job functions, backgrounds, ages, expectations and hobbies vary so every
/// criterion matters; some mentors are partly loaded or near a global cap, and there are declines,
/// conflicts, bonuses, maluses, forbids and pins as a coordinator would leave them.
/// </summary>
public static class ProfileGenerator
{
    private const int Languages = 28;

    private static readonly string[] Expectations = ["job-search", "network", "career-orientation", "confidence", "sector-knowledge"];

    public static RoundRequest Generate(int menteeCount, int mentorCount, int seed, Objective objective)
    {
        var random = new Random(seed);
        var mentees = Enumerable.Range(0, menteeCount).Select(_ => new Mentee(Guid.NewGuid(), Profile(random, 22, 18))).ToList();
        var mentors = Enumerable.Range(0, mentorCount).Select(_ => Mentor(random)).ToList();
        var declined = Enumerable.Range(0, menteeCount / 20)
            .Select(_ => new DeclinedPair(mentees[random.Next(menteeCount)].PersonId, mentors[random.Next(mentorCount)].PersonId))
            .ToList();
        var appreciations = new List<Appreciation>();
        for (var k = 0; k < menteeCount / 50; k++)
        {
            var kind = k % 3 == 0 ? AppreciationKind.Malus : k % 3 == 1 ? AppreciationKind.Bonus : AppreciationKind.Forbid;
            appreciations.Add(new Appreciation(mentees[random.Next(menteeCount)].PersonId, mentors[random.Next(mentorCount)].PersonId, kind, random.Next(1, 21), "coordinator's knowledge of both"));
        }

        appreciations.AddRange(Pins(random, mentees, mentors, declined, appreciations, menteeCount / 1000));
        return new RoundRequest(CriterionWeights.Equal with { Geography = 3, Expectations = 4, Language = 2 }, mentees, mentors, appreciations, declined, objective);
    }

    private static Mentor Mentor(Random random)
    {
        var capacity = 1 + random.Next(5);
        var load = random.NextDouble() < 0.2 ? random.Next(capacity + 1) : 0;
        int? globalCap = random.NextDouble() < 0.1 ? capacity + random.Next(3) : null;
        var globalLoad = globalCap is null ? 0 : load + random.Next(3);
        return new Mentor(Guid.NewGuid(), Profile(random, 30, 35), capacity, load, globalCap, globalLoad);
    }

    private static ParticipantProfile Profile(Random random, int minAge, int ageSpread)
    {
        var languages = new List<string> { $"l{random.Next(Languages)}" };
        if (random.NextDouble() < 0.1)
        {
            languages.Add($"l{random.Next(Languages)}");
        }

        return new ParticipantProfile(
            random.NextDouble() < 0.05 ? null : BelgianProvinces.Codes[random.Next(BelgianProvinces.Codes.Count)],
            Codes(random, "sector", 30, 1, 2),
            random.NextDouble() < 0.1 ? null : $"function-{random.Next(40)}",
            Codes(random, "background", 20, 0, 3),
            random.NextDouble() < 0.05 ? null : minAge + random.Next(ageSpread),
            languages,
            Expectations.Where(_ => random.NextDouble() < 0.4).ToList(),
            Codes(random, "hobby", 40, 0, 3),
            []);
    }

    private static List<string> Codes(Random random, string prefix, int vocabulary, int min, int max) =>
        Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => $"{prefix}-{random.Next(vocabulary)}").ToList();

    /// <summary>Pins a coordinator could honour: pairs passing every hard constraint, one per mentee and mentor.</summary>
    private static IEnumerable<Appreciation> Pins(Random random, List<Mentee> mentees, List<Mentor> mentors, List<DeclinedPair> declined, List<Appreciation> appreciations, int count)
    {
        var usedMentees = new HashSet<Guid>();
        var usedMentors = new HashSet<Guid>();
        var pins = new List<Appreciation>();
        for (var attempt = 0; attempt < count * 1000 && pins.Count < count; attempt++)
        {
            var mentee = mentees[random.Next(mentees.Count)];
            var mentor = mentors[random.Next(mentors.Count)];
            var wasDeclined = declined.Any(d => d.MenteeId == mentee.PersonId && d.MentorId == mentor.PersonId);
            var wasForbidden = appreciations.Any(a => a.Kind == AppreciationKind.Forbid && a.MenteeId == mentee.PersonId && a.MentorId == mentor.PersonId);
            if (mentor.RemainingCapacity > 0 && !usedMentees.Contains(mentee.PersonId) && !usedMentors.Contains(mentor.PersonId)
                && HardConstraints.Violations(mentee, mentor, wasDeclined, wasForbidden).Count == 0)
            {
                usedMentees.Add(mentee.PersonId);
                usedMentors.Add(mentor.PersonId);
                pins.Add(new Appreciation(mentee.PersonId, mentor.PersonId, AppreciationKind.Pin, 0, "met at the info session"));
            }
        }

        return pins;
    }
}
