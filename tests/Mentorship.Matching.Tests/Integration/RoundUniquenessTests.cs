using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Matching.Data;
using Mentorship.Matching.Domain;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Matching.Tests.Integration;

/// <summary>Issue 11: "one round planned at a time" and "one re-match waiting" hold under concurrency, not only in code.</summary>
public sealed class RoundUniquenessTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    [Fact]
    public async Task Rounds_started_concurrently_are_accepted_or_refused_as_conflicts_never_failed()
    {
        var cohort = await Cohort.AnnounceAsync(factory, mentors: 1, mentees: 1);
        var client = cohort.Coordinator;

        var responses = await ParallelRequests.SendAsync(8, () =>
            client.PostAsJsonAsync($"/api/programmes/{cohort.ProgrammeId}/matching-rounds", new { mode = "max-score" }));

        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Accepted);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Accepted))
            await refused.ProblemTitleAsync(HttpStatusCode.Conflict);
        var accepted = new List<Guid>();
        foreach (var response in responses.Where(r => r.StatusCode == HttpStatusCode.Accepted))
            accepted.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roundId").GetGuid());
        Assert.Equal(accepted.Count, await factory.QueryAsync<MatchingDbContext, int>(db => db.Rounds.CountAsync(r => r.ProgrammeId == cohort.ProgrammeId)));
    }

    [Fact]
    public async Task The_database_refuses_a_second_round_planned_for_the_same_programme()
    {
        var programmeId = Guid.NewGuid();

        var index = await RefusedByAsync(
            MatchingRound.Request(programmeId, RoundMode.MaxScore, Guid.NewGuid(), DateTimeOffset.UtcNow),
            MatchingRound.Request(programmeId, RoundMode.MaxParticipation, Guid.NewGuid(), DateTimeOffset.UtcNow));

        Assert.Equal("ux_rounds_one_planned_per_programme", index);
    }

    [Fact]
    public async Task The_database_refuses_a_second_waiting_rematch_for_the_same_programme()
    {
        var programmeId = Guid.NewGuid();

        var index = await RefusedByAsync(
            MatchingRound.Rematch(programmeId, [Guid.NewGuid()], DateTimeOffset.UtcNow),
            MatchingRound.Rematch(programmeId, [Guid.NewGuid()], DateTimeOffset.UtcNow));

        Assert.Equal("ux_rounds_one_waiting_rematch_per_programme", index);
    }

    [Fact]
    public async Task A_planned_round_and_a_waiting_rematch_of_one_programme_may_coexist()
    {
        var programmeId = Guid.NewGuid();

        await factory.QueryAsync<MatchingDbContext, int>(db =>
        {
            db.Rounds.AddRange(
                MatchingRound.Request(programmeId, RoundMode.MaxScore, Guid.NewGuid(), DateTimeOffset.UtcNow),
                MatchingRound.Rematch(programmeId, [Guid.NewGuid()], DateTimeOffset.UtcNow));
            return db.SaveChangesAsync();
        });

        Assert.Equal(2, await factory.QueryAsync<MatchingDbContext, int>(db => db.Rounds.CountAsync(r => r.ProgrammeId == programmeId)));
    }

    /// <summary>Both rows in one save, so the worker cannot finish the first before the second is written.</summary>
    private Task<string?> RefusedByAsync(MatchingRound first, MatchingRound second) =>
        UniqueIndexes.RefusedByAsync(() => factory.QueryAsync<MatchingDbContext, int>(db =>
        {
            db.Rounds.AddRange(first, second);
            return db.SaveChangesAsync();
        }));
}
