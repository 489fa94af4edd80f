using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Enrollment.Contracts;
using Mentorship.Matching.Contracts;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Data;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Tests.Integration;

/// <summary>
/// One pair of one programme driven through the service as its members and coordinator would: each test
/// makes its own, with fresh ids, and asserts on it only.
/// </summary>
public sealed class PairHarness
{
    private PairHarness(PairingFactory factory, Guid programmeId, Guid pairId, Guid menteeId, Guid mentorId)
    {
        Factory = factory;
        ProgrammeId = programmeId;
        PairId = pairId;
        MenteeId = menteeId;
        MentorId = mentorId;
        Mentee = factory.CreateClient(TestUser.Mentee(menteeId));
        Mentor = factory.CreateClient(TestUser.Mentor(mentorId));
        Coordinator = factory.CreateClient(TestUser.Coordinator(programmeId));
        var referent = TestUser.Referent(programmeId);
        ReferentId = referent.PersonId;
        Referent = factory.CreateClient(referent);
    }

    public PairingFactory Factory { get; }

    public Guid ProgrammeId { get; }

    public Guid PairId { get; }

    public Guid MenteeId { get; }

    public Guid MentorId { get; }

    public HttpClient Mentee { get; }

    public HttpClient Mentor { get; }

    public HttpClient Coordinator { get; }

    /// <summary>A referent of the programme; the pair's own once <see cref="SupervisedAsync"/> assigned them.</summary>
    public HttpClient Referent { get; }

    public Guid ReferentId { get; }

    public string Url => $"/api/pairs/{PairId}";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Publishes a proposal as Matching does and waits until the pair exists.</summary>
    public static async Task<PairHarness> ProposeAsync(
        PairingFactory factory, Guid? programmeId = null, DateTimeOffset? proposedAt = null, Guid? menteeId = null, Guid? mentorId = null)
    {
        var harness = new PairHarness(
            factory, programmeId ?? Guid.NewGuid(), Guid.NewGuid(), menteeId ?? Guid.NewGuid(), mentorId ?? Guid.NewGuid());
        await factory.PublishAsync(harness.Proposal(proposedAt ?? factory.Now));
        await harness.WaitForPairAsync();
        return harness;
    }

    public static Task PublishProgrammeAsync(
        PairingFactory factory, Guid programmeId, int meetingsPerMonth = 2, int durationMonths = 6, int alertAfterWeeks = 3, string templateId = "mentoryou") =>
        factory.PublishAsync(new ProgrammeCreated(
            programmeId,
            templateId,
            new CriterionWeights(1, 1, 1, 1, 1, 1, 1, 1),
            1,
            meetingsPerMonth,
            durationMonths,
            alertAfterWeeks,
            DateTimeOffset.UtcNow));

    /// <summary>Publishes a programme as Enrollment does and waits until its cadence is kept.</summary>
    public static async Task PublishProgrammeAndWaitAsync(
        PairingFactory factory, Guid programmeId, int meetingsPerMonth = 2, int durationMonths = 6, int alertAfterWeeks = 3, string templateId = "mentoryou")
    {
        await PublishProgrammeAsync(factory, programmeId, meetingsPerMonth, durationMonths, alertAfterWeeks, templateId);
        await ServiceFactory<Program>.EventuallyAsync(() => factory.QueryAsync<PairingDbContext, object?>(
            async db => await db.Programmes.AnyAsync(p => p.ProgrammeId == programmeId) ? true : null));
    }

    public MatchProposed Proposal(DateTimeOffset proposedAt) =>
        new(PairId, Guid.NewGuid(), ProgrammeId, MenteeId, MentorId, 0.82, proposedAt);

    public Task WaitForPairAsync() =>
        ServiceFactory<Program>.EventuallyAsync(() => Factory.QueryAsync<PairingDbContext, object?>(
            async db => await db.Pairs.AnyAsync(p => p.Id == PairId) ? true : null));

    public async Task<PairHarness> AcceptedAsync()
    {
        await ExpectAsync(Mentor.PostAsJsonAsync($"{Url}/mentor-decision", new { accept = true }), HttpStatusCode.OK);
        return this;
    }

    public async Task<PairHarness> ContractingAsync()
    {
        await AcceptedAsync();
        await ExpectAsync(Mentee.PostAsJsonAsync($"{Url}/first-meeting", new { heldOn = Factory.Today, fit = true, notes = "A good first talk." }), HttpStatusCode.OK);
        return this;
    }

    public async Task<PairHarness> ActiveAsync()
    {
        await ContractingAsync();
        await ExpectAsync(Mentee.PostAsync($"{Url}/contract/sign", null), HttpStatusCode.OK);
        await ExpectAsync(Mentor.PostAsync($"{Url}/contract/sign", null), HttpStatusCode.OK);
        return this;
    }

    /// <summary>The referent joins the programme's roster and the coordinator makes them the pair's referent.</summary>
    public async Task<PairHarness> SupervisedAsync()
    {
        await ExpectAsync(Referent.PutAsync($"/api/programmes/{ProgrammeId}/referents/me", null), HttpStatusCode.Created);
        await ExpectAsync(Coordinator.PutAsJsonAsync($"{Url}/referent", new { personId = ReferentId }), HttpStatusCode.OK);
        return this;
    }

    public async Task<PairView> GetAsync(HttpClient client)
    {
        var response = await ExpectAsync(client.GetAsync(Url), HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<PairView>(TestJson.Options))!;
    }

    public Task<HttpResponseMessage> LogMeetingAsync(DateOnly date, int minutes = 90, string? place = "Mentor's office", params string[] dimensions) =>
        Mentee.PostAsJsonAsync($"{Url}/meetings", new { date, durationMinutes = minutes, place, dimensions = dimensions.Length == 0 ? ["professional"] : dimensions });

    /// <summary>Moves the pair's recorded moments back in time, as if it had been proposed and activated that much earlier.</summary>
    public Task BackdateAsync(TimeSpan span) =>
        Factory.QueryAsync<PairingDbContext, int>(db => db.Pairs.Where(p => p.Id == PairId).ExecuteUpdateAsync(pair => pair
            .SetProperty(p => p.ProposedAt, p => p.ProposedAt - span)
            .SetProperty(p => p.AcceptedAt, p => p.AcceptedAt - span)
            .SetProperty(p => p.MenteeSignedAt, p => p.MenteeSignedAt - span)
            .SetProperty(p => p.MentorSignedAt, p => p.MentorSignedAt - span)
            .SetProperty(p => p.ActivatedAt, p => p.ActivatedAt - span)));

    public static async Task<HttpResponseMessage> ExpectAsync(Task<HttpResponseMessage> sending, HttpStatusCode expected)
    {
        var response = await sending;
        if (response.StatusCode != expected)
            Assert.Fail($"Expected {(int)expected} but got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    /// <summary>The ProblemDetails body of a refused request.</summary>
    public static async Task<JsonElement> ProblemAsync(Task<HttpResponseMessage> sending, HttpStatusCode expected)
    {
        var response = await ExpectAsync(sending, expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
