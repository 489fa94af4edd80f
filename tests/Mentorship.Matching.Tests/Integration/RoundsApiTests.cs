using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Enrollment.Contracts;
using Mentorship.Matching.Contracts;
using Mentorship.Testing;

namespace Mentorship.Matching.Tests.Integration;

public sealed class RoundsApiTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    [Fact]
    public async Task A_round_proposes_explained_pairs_and_says_why_the_rest_are_unmatched()
    {
        var cohort = await Cohort.AnnounceAsync(factory, mentors: 3, mentees: 5);

        var view = await cohort.RunRoundAsync();

        Assert.Equal("completed", view.GetProperty("round").GetProperty("status").GetString());
        Assert.Equal(1.0, view.GetProperty("round").GetProperty("progress").GetProperty("fraction").GetDouble());
        var proposals = view.GetProperty("proposals");
        Assert.Equal(3, proposals.GetProperty("total").GetInt32());
        foreach (var proposal in proposals.GetProperty("items").EnumerateArray())
        {
            var criteria = proposal.GetProperty("criteria").EnumerateArray().ToList();
            Assert.Equal(
                ["geography", "sector", "job-function", "background", "age", "language", "expectations", "hobbies"],
                criteria.Select(c => c.GetProperty("criterion").GetString()));
            Assert.All(criteria, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("reason").GetString())));
            Assert.Equal(proposal.GetProperty("score").GetDouble(), criteria.Sum(c => c.GetProperty("contribution").GetDouble()), 6);
            Assert.Contains(proposal.GetProperty("menteeId").GetGuid(), cohort.Mentees);
            Assert.Contains(proposal.GetProperty("mentorId").GetGuid(), cohort.Mentors);
        }

        var unmatched = view.GetProperty("unmatched");
        Assert.Equal(2, unmatched.GetProperty("total").GetInt32());
        Assert.All(unmatched.GetProperty("items").EnumerateArray(), u =>
        {
            Assert.Equal("feasible-mentors-full", u.GetProperty("reason").GetString());
            Assert.False(string.IsNullOrWhiteSpace(u.GetProperty("explanation").GetString()));
        });
        Assert.Equal(15, view.GetProperty("stats").GetProperty("candidatePairs").GetInt64());
    }

    [Fact]
    public async Task Publishing_sends_each_reviewed_proposal_to_pairing_once()
    {
        var cohort = await Cohort.AnnounceAsync(factory, mentors: 2, mentees: 3);
        var view = await cohort.RunRoundAsync();
        var roundId = view.GetProperty("round").GetProperty("id").GetGuid();
        var excluded = view.GetProperty("proposals").GetProperty("items")[0].GetProperty("menteeId").GetGuid();

        var result = await cohort.PublishAsync(roundId, excluded);
        var again = await cohort.PublishAsync(roundId);

        Assert.Equal(1, result.GetProperty("published").GetInt32());
        Assert.Equal(1, result.GetProperty("excluded").GetInt32());
        Assert.Equal(result.GetRawText(), again.GetRawText());
        var proposed = (await factory.PublishedAsync<MatchProposed>()).Where(e => e.RoundId == roundId).ToList();
        var sent = Assert.Single(proposed);
        Assert.NotEqual(excluded, sent.MenteeId);
        Assert.Equal(cohort.ProgrammeId, sent.ProgrammeId);

        var published = await cohort.WaitForRoundAsync(roundId);
        Assert.Equal("published", published.GetProperty("round").GetProperty("status").GetString());
        var items = published.GetProperty("proposals").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(sent.PairId, items.Single(p => p.GetProperty("status").GetString() == "published").GetProperty("pairId").GetGuid());
        Assert.Single(items, p => p.GetProperty("status").GetString() == "excluded");
    }

    [Fact]
    public async Task A_later_round_leaves_published_pairs_alone_and_uses_the_seats_left()
    {
        var cohort = await Cohort.AnnounceAsync(factory, mentors: 2, mentees: 3, capacity: 2);
        var first = await cohort.RunRoundAsync();
        var firstId = first.GetProperty("round").GetProperty("id").GetGuid();
        var kept = first.GetProperty("proposals").GetProperty("items").EnumerateArray().First();
        var others = first.GetProperty("proposals").GetProperty("items").EnumerateArray().Skip(1).Select(p => p.GetProperty("menteeId").GetGuid()).ToArray();
        await cohort.PublishAsync(firstId, others);

        var second = await cohort.RunRoundAsync();

        var menteesProposed = second.GetProperty("proposals").GetProperty("items").EnumerateArray().Select(p => p.GetProperty("menteeId").GetGuid()).ToList();
        Assert.Equal(others.Order(), menteesProposed.Order());
        Assert.DoesNotContain(kept.GetProperty("menteeId").GetGuid(), menteesProposed);
        var pool = await cohort.Coordinator.GetFromJsonAsync<JsonElement>($"/api/programmes/{cohort.ProgrammeId}/matching/pool");
        Assert.Equal(2, pool.GetProperty("menteesWaiting").GetInt32());
        Assert.Equal(3, pool.GetProperty("freeSeats").GetInt32());
    }

    [Fact]
    public async Task A_proposal_whose_mentee_withdrew_after_planning_is_skipped_at_publication()
    {
        var cohort = await Cohort.AnnounceAsync(factory, mentors: 1, mentees: 1);
        var view = await cohort.RunRoundAsync();
        var roundId = view.GetProperty("round").GetProperty("id").GetGuid();
        await cohort.WithdrawAsync(cohort.Mentees[0], "mentee");

        var result = await cohort.PublishAsync(roundId);

        Assert.Equal(0, result.GetProperty("published").GetInt32());
        var skipped = Assert.Single(result.GetProperty("skipped").EnumerateArray());
        Assert.Contains("no longer waiting", skipped.GetProperty("reason").GetString());
        Assert.DoesNotContain(await factory.PublishedAsync<MatchProposed>(), e => e.RoundId == roundId);
    }

    [Fact]
    public async Task Only_one_round_of_a_programme_is_planned_at_a_time()
    {
        var cohort = await Cohort.AnnounceAsync(factory, mentors: 1, mentees: 1);
        var client = cohort.Coordinator;

        var first = await client.PostAsJsonAsync($"/api/programmes/{cohort.ProgrammeId}/matching-rounds", new { mode = "max-score" });
        var second = await client.PostAsJsonAsync($"/api/programmes/{cohort.ProgrammeId}/matching-rounds", new { mode = "max-score" });

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        if (second.StatusCode == HttpStatusCode.Conflict)
        {
            var roundId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roundId").GetGuid();
            Assert.Equal(roundId, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roundId").GetGuid());
        }
        else
        {
            // The first had already finished: the second is a new round of its own.
            Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        }
    }

    [Fact]
    public async Task Rounds_are_refused_to_outsiders_and_for_unknown_programmes()
    {
        var cohort = await Cohort.AnnounceAsync(factory, mentors: 1, mentees: 1);
        var roundId = await cohort.StartRoundAsync();
        var outsider = factory.CreateClient(TestUser.Coordinator(Guid.NewGuid()));
        var unknown = Guid.NewGuid();

        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/matching-rounds/{roundId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostAsync($"/api/matching-rounds/{roundId}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cohort.Coordinator.GetAsync($"/api/matching-rounds/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient(TestUser.Coordinator(unknown))
            .PostAsJsonAsync($"/api/programmes/{unknown}/matching-rounds", new { })).StatusCode);
        var badMode = await cohort.Coordinator.PostAsJsonAsync($"/api/programmes/{cohort.ProgrammeId}/matching-rounds", new { mode = "greedy" });
        Assert.Equal(HttpStatusCode.BadRequest, badMode.StatusCode);
        Assert.True((await badMode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("mode", out _));
    }

    [Fact]
    public async Task Excluding_a_mentee_without_a_proposal_is_refused_naming_the_entry()
    {
        var cohort = await Cohort.AnnounceAsync(factory, mentors: 1, mentees: 1);
        var roundId = (await cohort.RunRoundAsync()).GetProperty("round").GetProperty("id").GetGuid();

        var response = await cohort.Coordinator.PostAsJsonAsync(
            $"/api/matching-rounds/{roundId}/publish", new { excludedMenteeIds = new[] { Guid.NewGuid() } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("excludedMenteeIds[0]", out _));
    }
}
