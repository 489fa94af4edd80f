using System.Net;
using System.Net.Http.Json;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Contracts;
using Mentorship.Pairing.Domain;

namespace Mentorship.Pairing.Tests.Integration;

public sealed class MeetingsApiTests(PairingFactory factory) : IClassFixture<PairingFactory>
{
    [Fact]
    public async Task A_member_logs_a_meeting_and_staff_see_that_it_happened_but_not_where()
    {
        var pair = await (await (await PairHarness.ProposeAsync(factory)).ActiveAsync()).SupervisedAsync();

        var response = await PairHarness.ExpectAsync(pair.LogMeetingAsync(PairHarness.Today, 60, "Library", "academic", "personal"), HttpStatusCode.Created);

        var logged = (await response.Content.ReadFromJsonAsync<MeetingView>(TestJson.Options))!;
        Assert.Equal($"/api/pairs/{pair.PairId}/meetings/{logged.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Library", logged.Place);
        var seenByCoordinator = (await pair.Coordinator.GetFromJsonAsync<MeetingView>(response.Headers.Location, TestJson.Options))!;
        Assert.Null(seenByCoordinator.Place);
        Assert.Equal((PairHarness.Today, 60), (seenByCoordinator.Date, seenByCoordinator.DurationMinutes));
        Assert.Equal([MeetingDimension.Personal, MeetingDimension.Academic], seenByCoordinator.Dimensions);
        var view = await pair.GetAsync(pair.Referent);
        Assert.Equal((1, PairHarness.Today), (view.MeetingsHeld, view.LastMeetingOn));
        Assert.Null(view.Meetings.Single().Place);
        var announced = Assert.Single(await factory.PublishedAsync<MeetingLogged>(), e => e.PairId == pair.PairId);
        Assert.Equal(logged.Id, announced.MeetingId);
    }

    [Fact]
    public async Task The_same_meeting_submitted_twice_is_logged_and_announced_once()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).ActiveAsync();

        var first = await PairHarness.ExpectAsync(pair.LogMeetingAsync(PairHarness.Today, 45, "Online", "professional"), HttpStatusCode.Created);
        var again = await PairHarness.ExpectAsync(pair.LogMeetingAsync(PairHarness.Today, 45, "Online", "professional"), HttpStatusCode.OK);

        Assert.Equal(
            (await first.Content.ReadFromJsonAsync<MeetingView>(TestJson.Options))!.Id,
            (await again.Content.ReadFromJsonAsync<MeetingView>(TestJson.Options))!.Id);
        Assert.Equal(1, (await pair.GetAsync(pair.Mentor)).MeetingsHeld);
        Assert.Single(await factory.PublishedAsync<MeetingLogged>(), e => e.PairId == pair.PairId);
    }

    [Fact]
    public async Task An_invalid_meeting_is_refused_naming_each_field()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).ActiveAsync();

        var problem = await PairHarness.ProblemAsync(
            pair.Mentee.PostAsJsonAsync($"{pair.Url}/meetings", new { date = PairHarness.Today.AddDays(3), durationMinutes = 2, dimensions = new[] { "spiritual" } }),
            HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("date", out _));
        Assert.True(errors.TryGetProperty("durationMinutes", out _));
        Assert.True(errors.TryGetProperty("dimensions[0]", out _));
        Assert.Equal(0, (await pair.GetAsync(pair.Mentee)).MeetingsHeld);
    }

    [Fact]
    public async Task A_meeting_dated_before_the_pair_became_active_is_refused_naming_the_date()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).ActiveAsync();

        var problem = await PairHarness.ProblemAsync(pair.LogMeetingAsync(PairHarness.Today.AddDays(-10)), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("date", out _));
    }

    [Fact]
    public async Task Meetings_are_logged_by_members_of_an_active_pair_only()
    {
        var contracting = await (await PairHarness.ProposeAsync(factory)).ContractingAsync();
        var active = await (await PairHarness.ProposeAsync(factory)).ActiveAsync();

        var early = await PairHarness.ProblemAsync(contracting.LogMeetingAsync(PairHarness.Today), HttpStatusCode.Conflict);
        await PairHarness.ProblemAsync(
            active.Coordinator.PostAsJsonAsync($"{active.Url}/meetings", new { date = PairHarness.Today, durationMinutes = 60, dimensions = new[] { "personal" } }),
            HttpStatusCode.Forbidden);

        Assert.Equal("contracting", early.GetProperty("currentStatus").GetString());
    }

    [Fact]
    public async Task A_meeting_is_not_found_under_another_pair_and_is_hidden_from_outsiders()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).ActiveAsync();
        var other = await PairHarness.ProposeAsync(factory);
        var response = await PairHarness.ExpectAsync(pair.LogMeetingAsync(PairHarness.Today), HttpStatusCode.Created);
        var meetingId = (await response.Content.ReadFromJsonAsync<MeetingView>(TestJson.Options))!.Id;

        await PairHarness.ProblemAsync(other.Mentor.GetAsync($"{other.Url}/meetings/{meetingId}"), HttpStatusCode.NotFound);
        await PairHarness.ProblemAsync(other.Mentor.GetAsync($"{pair.Url}/meetings/{meetingId}"), HttpStatusCode.Forbidden);
        await PairHarness.ExpectAsync(pair.Mentor.GetAsync($"{pair.Url}/meetings/{meetingId}"), HttpStatusCode.OK);
    }
}
