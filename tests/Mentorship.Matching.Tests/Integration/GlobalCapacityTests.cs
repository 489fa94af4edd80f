using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Matching.Contracts;

namespace Mentorship.Matching.Tests.Integration;

/// <summary>A mentor's limit across programmes holds in every programme's rounds, publication and pool.</summary>
public sealed class GlobalCapacityTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    [Fact]
    public async Task Seats_taken_in_one_programme_count_against_the_mentors_global_limit_in_another()
    {
        var mentor = Guid.NewGuid();
        var first = await ProgrammeWithMentorAsync(mentor, mentees: 1);
        await PublishRoundAsync(first);

        var second = await ProgrammeWithMentorAsync(mentor, mentees: 3);
        var pool = await second.Coordinator.GetFromJsonAsync<JsonElement>($"/api/programmes/{second.ProgrammeId}/matching/pool");
        Assert.Equal(1, pool.GetProperty("freeSeats").GetInt32());

        var round = await second.RunRoundAsync();
        var proposal = Assert.Single(round.GetProperty("proposals").GetProperty("items").EnumerateArray());
        Assert.Equal(mentor, proposal.GetProperty("mentorId").GetGuid());
        Assert.Equal(2, round.GetProperty("unmatched").GetProperty("total").GetInt32());
        Assert.All(round.GetProperty("unmatched").GetProperty("items").EnumerateArray(),
            u => Assert.Equal("feasible-mentors-full", u.GetProperty("reason").GetString()));
        await second.PublishAsync(round.GetProperty("round").GetProperty("id").GetGuid());

        var third = await ProgrammeWithMentorAsync(mentor, mentees: 1);
        var full = await third.RunRoundAsync();
        Assert.Equal(0, full.GetProperty("proposals").GetProperty("total").GetInt32());
        var unmatched = Assert.Single(full.GetProperty("unmatched").GetProperty("items").EnumerateArray());
        Assert.Equal(1, unmatched.GetProperty("excludedMentors").GetProperty("global-cap-exceeded").GetInt32());
        Assert.Contains("across programmes", unmatched.GetProperty("explanation").GetString());
    }

    [Fact]
    public async Task Rounds_planned_side_by_side_cannot_publish_past_the_global_limit()
    {
        var mentor = Guid.NewGuid();
        var left = await ProgrammeWithMentorAsync(mentor, mentees: 2);
        var right = await ProgrammeWithMentorAsync(mentor, mentees: 2);
        var leftRound = (await left.RunRoundAsync()).GetProperty("round").GetProperty("id").GetGuid();
        var rightRound = (await right.RunRoundAsync()).GetProperty("round").GetProperty("id").GetGuid();

        var results = await Task.WhenAll(left.PublishAsync(leftRound), right.PublishAsync(rightRound));

        Assert.Equal(2, results.Sum(r => r.GetProperty("published").GetInt32()));
        var skipped = results.SelectMany(r => r.GetProperty("skipped").EnumerateArray()).ToList();
        Assert.Equal(2, skipped.Count);
        Assert.All(skipped, s => Assert.Contains("no free seat", s.GetProperty("reason").GetString()));
        var proposed = (await factory.PublishedAsync<MatchProposed>()).Count(e => e.MentorId == mentor);
        Assert.Equal(2, proposed);
    }

    /// <summary>A programme where <paramref name="mentor"/> takes up to 2 mentees here and 2 across all programmes.</summary>
    private async Task<Cohort> ProgrammeWithMentorAsync(Guid mentor, int mentees)
    {
        var cohort = await Cohort.AnnounceAsync(factory, mentors: 0, mentees: mentees);
        cohort.Mentors.Add(await cohort.ApproveAsync("mentor", Cohort.Profile("logistics", 2) with { GlobalCapacity = 2 }, mentor));
        await cohort.WaitForPoolAsync(mentees, 1);
        return cohort;
    }

    private static async Task PublishRoundAsync(Cohort cohort)
    {
        var round = await cohort.RunRoundAsync();
        var result = await cohort.PublishAsync(round.GetProperty("round").GetProperty("id").GetGuid());
        Assert.Equal(round.GetProperty("proposals").GetProperty("total").GetInt32(), result.GetProperty("published").GetInt32());
    }
}
