using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Enrollment.Contracts;
using Mentorship.Matching.Data;
using Mentorship.Matching.Domain;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Matching.Tests.Integration;

/// <summary>
/// A programme and its approved participants, announced to Matching through the broker as Enrollment
/// would, and the calls a coordinator makes about it.
/// </summary>
public sealed class Cohort(MatchingFactory factory)
{
    public Guid ProgrammeId { get; } = Guid.NewGuid();

    public List<Guid> Mentees { get; } = [];

    public List<Guid> Mentors { get; } = [];

    /// <summary>Each approved person's application id, as Enrollment would key a withdrawal.</summary>
    public Dictionary<Guid, Guid> Applications { get; } = [];

    public HttpClient Coordinator => factory.CreateClient(TestUser.Coordinator(ProgrammeId));

    public static async Task<Cohort> AnnounceAsync(MatchingFactory factory, int mentors, int mentees, int capacity = 1)
    {
        var cohort = new Cohort(factory);
        await factory.PublishAsync(new ProgrammeCreated(
            cohort.ProgrammeId, "mentoryou", new CriterionWeights(8, 9, 8, 4, 1, 6, 7, 2), 1, 2, 6, 3, DateTimeOffset.UtcNow));
        for (var i = 0; i < mentors; i++)
            cohort.Mentors.Add(await cohort.ApproveAsync("mentor", Profile(i % 2 == 0 ? "logistics" : "health", capacity)));
        for (var i = 0; i < mentees; i++)
            cohort.Mentees.Add(await cohort.ApproveAsync("mentee", Profile(i % 2 == 0 ? "logistics" : "health", 1)));
        await cohort.WaitForPoolAsync(mentees, mentors);
        return cohort;
    }

    public static MatchingProfile Profile(string sector, int capacity, params string[] languages) => new(
        "BE-BRU", [sector], "operations", ["engineering"], 35, languages.Length > 0 ? languages : ["fr"],
        ["job-search"], ["football"], capacity, []);

    public async Task<Guid> ApproveAsync(string role, MatchingProfile profile, Guid? personId = null)
    {
        var person = personId ?? Guid.NewGuid();
        var application = Guid.NewGuid();
        Applications[person] = application;
        await factory.PublishAsync(new ApplicationApproved(application, ProgrammeId, person, role, "fr", profile, DateTimeOffset.UtcNow));
        return person;
    }

    public async Task WithdrawAsync(Guid personId, string role)
    {
        await factory.PublishAsync(new ApplicationWithdrawn(Applications[personId], ProgrammeId, personId, role, DateTimeOffset.UtcNow));
        await MatchingFactory.EventuallyAsync(() => factory.QueryAsync<MatchingDbContext, object?>(async db =>
            await db.Participants.AnyAsync(p => p.PersonId == personId && p.ProgrammeId == ProgrammeId && p.WithdrawnAt == null) ? null : true));
    }

    public Task WaitForPoolAsync(int mentees, int mentors) =>
        MatchingFactory.EventuallyAsync(() => factory.QueryAsync<MatchingDbContext, object?>(async db =>
        {
            var counts = await db.Participants.Where(p => p.ProgrammeId == ProgrammeId)
                .GroupBy(p => p.Role).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            var found = counts.ToDictionary(c => c.Key, c => c.Count);
            return found.GetValueOrDefault(ParticipantRole.Mentee) == mentees
                   && found.GetValueOrDefault(ParticipantRole.Mentor) == mentors ? true : null;
        }));

    public async Task<Guid> StartRoundAsync(string mode = "max-participation")
    {
        var response = await Coordinator.PostAsJsonAsync($"/api/programmes/{ProgrammeId}/matching-rounds", new { mode });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roundId").GetGuid();
    }

    /// <summary>Polls the round until it leaves queued/running; returns its view.</summary>
    public async Task<JsonElement> WaitForRoundAsync(Guid roundId)
    {
        var view = await MatchingFactory.EventuallyAsync<object>(async () =>
        {
            var round = await Coordinator.GetFromJsonAsync<JsonElement>($"/api/matching-rounds/{roundId}?pageSize=200");
            var status = round.GetProperty("round").GetProperty("status").GetString();
            return status is "queued" or "running" ? null : round;
        }, TimeSpan.FromSeconds(60));
        return (JsonElement)view;
    }

    public async Task<JsonElement> RunRoundAsync(string mode = "max-participation") =>
        await WaitForRoundAsync(await StartRoundAsync(mode));

    public async Task<JsonElement> PublishAsync(Guid roundId, params Guid[] excluded)
    {
        var response = await Coordinator.PostAsJsonAsync($"/api/matching-rounds/{roundId}/publish", new { excludedMenteeIds = excluded });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
