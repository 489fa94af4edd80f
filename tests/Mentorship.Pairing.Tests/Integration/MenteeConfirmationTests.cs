using System.Net;
using System.Net.Http.Json;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Contracts;
using Mentorship.Pairing.Domain;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Pairing.Tests.Integration;

/// <summary>In a cjsm programme both sides volunteer: after the mentor accepts, the mentee confirms or declines.</summary>
public sealed class MenteeConfirmationTests(PairingFactory factory) : IClassFixture<PairingFactory>
{
    private async Task<PairHarness> AcceptedByMentorAsync(string templateId = "cjsm")
    {
        var programmeId = Guid.NewGuid();
        await PairHarness.PublishProgrammeAndWaitAsync(factory, programmeId, templateId: templateId);
        return await (await PairHarness.ProposeAsync(factory, programmeId)).AcceptedAsync();
    }

    [Fact]
    public async Task After_the_mentor_accepts_the_pair_awaits_the_mentee_who_confirms_it_before_the_first_meeting()
    {
        var pair = await AcceptedByMentorAsync();

        var awaiting = await pair.GetAsync(pair.Mentee);
        var menteeList = await (await PairHarness.ExpectAsync(pair.Mentee.GetAsync("/api/me/pairs"), HttpStatusCode.OK))
            .Content.ReadFromJsonAsync<PagedResult<MyPairSummary>>(TestJson.Options);
        var mentorList = await (await PairHarness.ExpectAsync(pair.Mentor.GetAsync("/api/me/pairs"), HttpStatusCode.OK))
            .Content.ReadFromJsonAsync<PagedResult<MyPairSummary>>(TestJson.Options);
        var tooEarly = await PairHarness.ProblemAsync(
            pair.Mentee.PostAsJsonAsync($"{pair.Url}/first-meeting", new { heldOn = PairHarness.Today, fit = true }), HttpStatusCode.Conflict);
        await PairHarness.ExpectAsync(pair.Mentee.PostAsJsonAsync($"{pair.Url}/mentee-decision", new { accept = true }), HttpStatusCode.OK);
        await PairHarness.ExpectAsync(pair.Mentee.PostAsJsonAsync($"{pair.Url}/mentee-decision", new { accept = true }), HttpStatusCode.OK);
        await PairHarness.ExpectAsync(
            pair.Mentee.PostAsJsonAsync($"{pair.Url}/first-meeting", new { heldOn = PairHarness.Today, fit = true }), HttpStatusCode.OK);

        Assert.Equal(PairStatus.AwaitingMentee, awaiting.Status);
        Assert.True(Assert.Single(menteeList!.Items).AwaitingYou);
        Assert.False(Assert.Single(mentorList!.Items).AwaitingYou);
        Assert.Equal("awaiting-mentee", tooEarly.GetProperty("currentStatus").GetString());
        var view = await pair.GetAsync(pair.Coordinator);
        Assert.Equal(PairStatus.Contracting, view.Status);
        Assert.True(view.MentorDecision!.Accepted);
        Assert.True(view.MenteeDecision!.Accepted);
        Assert.Single(await factory.PublishedAsync<MentorAccepted>(), e => e.PairId == pair.PairId);
        Assert.DoesNotContain(await factory.PublishedAsync<MentorDeclined>(), e => e.PairId == pair.PairId);
        var confirmed = Assert.Single(await factory.PublishedAsync<MenteeConfirmed>(), e => e.PairId == pair.PairId);
        Assert.Equal((pair.ProgrammeId, pair.MenteeId, pair.MentorId), (confirmed.ProgrammeId, confirmed.MenteeId, confirmed.MentorId));
    }

    [Fact]
    public async Task A_declining_mentee_goes_back_to_matching_as_after_a_mentor_s_decline()
    {
        var pair = await AcceptedByMentorAsync();

        await PairHarness.ExpectAsync(
            pair.Mentee.PostAsJsonAsync($"{pair.Url}/mentee-decision", new { accept = false, reason = "Our fields are too far apart." }),
            HttpStatusCode.OK);
        await PairHarness.ExpectAsync(pair.Mentee.PostAsJsonAsync($"{pair.Url}/mentee-decision", new { accept = false }), HttpStatusCode.OK);
        var changedMind = await PairHarness.ProblemAsync(
            pair.Mentee.PostAsJsonAsync($"{pair.Url}/mentee-decision", new { accept = true }), HttpStatusCode.Conflict);

        Assert.Equal("declined", changedMind.GetProperty("currentStatus").GetString());
        var declined = Assert.Single(await factory.PublishedAsync<MentorDeclined>(), e => e.PairId == pair.PairId);
        Assert.Equal((pair.ProgrammeId, pair.MenteeId, pair.MentorId, "mentee"), (declined.ProgrammeId, declined.MenteeId, declined.MentorId, declined.DeclinedBy));
        Assert.DoesNotContain(await factory.PublishedAsync<MenteeConfirmed>(), e => e.PairId == pair.PairId);
        var asMentee = await pair.GetAsync(pair.Mentee);
        var asMentor = await pair.GetAsync(pair.Mentor);
        Assert.Equal(PairStatus.Declined, asMentee.Status);
        Assert.Equal((false, "Our fields are too far apart."), (asMentee.MenteeDecision!.Accepted, asMentee.MenteeDecision.Reason));
        Assert.Null(asMentor.MenteeDecision!.Reason);
        Assert.True(asMentor.MentorDecision!.Accepted);
    }

    [Fact]
    public async Task Only_the_mentee_decides_and_only_while_the_pair_awaits_them()
    {
        var pair = await AcceptedByMentorAsync();
        var elsewhere = await (await PairHarness.ProposeAsync(factory)).AcceptedAsync();

        await PairHarness.ProblemAsync(pair.Mentor.PostAsJsonAsync($"{pair.Url}/mentee-decision", new { accept = false }), HttpStatusCode.Forbidden);
        await PairHarness.ProblemAsync(pair.Coordinator.PostAsJsonAsync($"{pair.Url}/mentee-decision", new { accept = false }), HttpStatusCode.Forbidden);
        var missing = await PairHarness.ProblemAsync(pair.Mentee.PostAsJsonAsync($"{pair.Url}/mentee-decision", new { }), HttpStatusCode.BadRequest);
        var notAsked = await PairHarness.ProblemAsync(
            elsewhere.Mentee.PostAsJsonAsync($"{elsewhere.Url}/mentee-decision", new { accept = true }), HttpStatusCode.Conflict);

        Assert.True(missing.GetProperty("errors").TryGetProperty("accept", out _));
        Assert.Equal("introduced", notAsked.GetProperty("currentStatus").GetString());
        Assert.Equal(PairStatus.AwaitingMentee, (await pair.GetAsync(pair.Coordinator)).Status);
    }

    [Fact]
    public async Task A_programme_of_another_template_introduces_the_pair_when_the_mentor_accepts()
    {
        var pair = await AcceptedByMentorAsync("mentoryou");

        var view = await pair.GetAsync(pair.Mentee);

        Assert.Equal(PairStatus.Introduced, view.Status);
        Assert.Null(view.MenteeDecision);
    }
}
