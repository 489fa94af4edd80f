using System.Net;
using System.Net.Http.Json;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Contracts;
using Mentorship.Pairing.Domain;
using Mentorship.Testing;

namespace Mentorship.Pairing.Tests.Integration;

public sealed class PairLifecycleApiTests(PairingFactory factory) : IClassFixture<PairingFactory>
{
    [Fact]
    public async Task A_pair_goes_from_proposal_to_closure_and_announces_each_step()
    {
        var pair = await PairHarness.ProposeAsync(factory);

        await pair.AcceptedAsync();
        await PairHarness.ExpectAsync(
            pair.Mentor.PostAsJsonAsync($"{pair.Url}/first-meeting", new { heldOn = PairHarness.Today, fit = true, notes = "Shared interests." }),
            HttpStatusCode.OK);
        var afterOneSignature = await (await PairHarness.ExpectAsync(pair.Mentee.PostAsync($"{pair.Url}/contract/sign", null), HttpStatusCode.OK))
            .Content.ReadFromJsonAsync<PairView>(TestJson.Options);
        await PairHarness.ExpectAsync(pair.Mentor.PostAsync($"{pair.Url}/contract/sign", null), HttpStatusCode.OK);
        await PairHarness.ExpectAsync(
            pair.Mentee.PutAsJsonAsync($"{pair.Url}/action-plan", new { goals = new[] { new { title = "Update the CV", status = "done" } } }),
            HttpStatusCode.OK);
        await PairHarness.ExpectAsync(pair.LogMeetingAsync(PairHarness.Today, 75, "Café", "professional", "personal"), HttpStatusCode.Created);
        await PairHarness.ExpectAsync(pair.Coordinator.PostAsJsonAsync($"{pair.Url}/close", new { outcome = "job", notes = "Hired." }), HttpStatusCode.OK);

        Assert.Equal(PairStatus.Contracting, afterOneSignature!.Status);
        var view = await pair.GetAsync(pair.Mentee);
        Assert.Equal(PairStatus.Closed, view.Status);
        Assert.Equal(1, view.MeetingsHeld);
        Assert.Equal(PairOutcome.Job, view.Closure!.Outcome);

        var accepted = Assert.Single(await factory.PublishedAsync<MentorAccepted>(), e => e.PairId == pair.PairId);
        Assert.Equal((pair.ProgrammeId, pair.MenteeId, pair.MentorId), (accepted.ProgrammeId, accepted.MenteeId, accepted.MentorId));
        var held = Assert.Single(await factory.PublishedAsync<FirstMeetingHeld>(), e => e.PairId == pair.PairId);
        Assert.True(held.Fit);
        var activated = Assert.Single(await factory.PublishedAsync<PairActivated>(), e => e.PairId == pair.PairId);
        Assert.Equal(view.ActivatedAt, activated.ActivatedAt);
        var meeting = Assert.Single(await factory.PublishedAsync<MeetingLogged>(), e => e.PairId == pair.PairId);
        Assert.Equal(75, meeting.DurationMinutes);
        Assert.Equal(["professional", "personal"], meeting.Dimensions);
        var closed = Assert.Single(await factory.PublishedAsync<PairClosed>(), e => e.PairId == pair.PairId);
        Assert.Equal(("job", view.ActivatedAt, 1), (closed.Outcome, closed.ActivatedAt, closed.MeetingsHeld));
    }

    [Fact]
    public async Task A_declining_mentor_sends_the_mentee_back_to_matching_and_the_reason_stays_here()
    {
        var pair = await PairHarness.ProposeAsync(factory);

        await PairHarness.ExpectAsync(
            pair.Mentor.PostAsJsonAsync($"{pair.Url}/mentor-decision", new { accept = false, reason = "Too far from my office." }),
            HttpStatusCode.OK);
        var again = await PairHarness.ExpectAsync(
            pair.Mentor.PostAsJsonAsync($"{pair.Url}/mentor-decision", new { accept = false }),
            HttpStatusCode.OK);

        var view = await again.Content.ReadFromJsonAsync<PairView>(TestJson.Options);
        Assert.Equal(PairStatus.Declined, view!.Status);
        Assert.Equal("Too far from my office.", view.MentorDecision!.Reason);
        Assert.Null((await pair.GetAsync(pair.Mentee)).MentorDecision!.Reason);
        var declined = Assert.Single(await factory.PublishedAsync<MentorDeclined>(), e => e.PairId == pair.PairId);
        Assert.Equal(pair.MenteeId, declined.MenteeId);
    }

    [Fact]
    public async Task Only_the_pair_s_mentor_decides_even_a_coordinator_or_another_mentor_may_not()
    {
        var pair = await PairHarness.ProposeAsync(factory);
        var otherMentor = factory.CreateClient(TestUser.Mentor());

        await PairHarness.ProblemAsync(pair.Mentee.PostAsJsonAsync($"{pair.Url}/mentor-decision", new { accept = true }), HttpStatusCode.Forbidden);
        await PairHarness.ProblemAsync(otherMentor.PostAsJsonAsync($"{pair.Url}/mentor-decision", new { accept = true }), HttpStatusCode.Forbidden);
        await PairHarness.ProblemAsync(pair.Coordinator.PostAsJsonAsync($"{pair.Url}/mentor-decision", new { accept = true }), HttpStatusCode.Forbidden);

        Assert.Equal(PairStatus.Proposed, (await pair.GetAsync(pair.Mentor)).Status);
    }

    [Fact]
    public async Task Repeating_an_accepted_decision_returns_the_pair_and_publishes_nothing_new()
    {
        var pair = await PairHarness.ProposeAsync(factory);
        await pair.AcceptedAsync();

        await pair.AcceptedAsync();

        Assert.Single(await factory.PublishedAsync<MentorAccepted>(), e => e.PairId == pair.PairId);
        Assert.DoesNotContain(await factory.PublishedAsync<MentorDeclined>(), e => e.PairId == pair.PairId);
    }

    [Fact]
    public async Task Declining_an_accepted_pair_is_a_conflict_naming_the_current_status()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).AcceptedAsync();

        var problem = await PairHarness.ProblemAsync(
            pair.Mentor.PostAsJsonAsync($"{pair.Url}/mentor-decision", new { accept = false }), HttpStatusCode.Conflict);

        Assert.Equal("introduced", problem.GetProperty("currentStatus").GetString());
        Assert.Contains("introduced", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_refused_decision_is_explained_in_the_callers_language()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).AcceptedAsync();

        var conflict = await PairHarness.ProblemAsync(
            PostInAsync(pair.Mentor, "fr-BE", $"{pair.Url}/mentor-decision", new { accept = false }), HttpStatusCode.Conflict);
        var forbidden = await PairHarness.ProblemAsync(
            PostInAsync(pair.Mentee, "nl", $"{pair.Url}/mentor-decision", new { accept = true }), HttpStatusCode.Forbidden);

        Assert.Equal(
            "Le binôme est introduced : le mentor ne se prononce que sur un binôme proposé, et une décision n'est pas modifiée par la suite.",
            conflict.GetProperty("title").GetString());
        Assert.Equal(
            ("U mag dit niet doen.", "Alleen de mentor van het duo aanvaardt of weigert het voorstel."),
            (forbidden.GetProperty("title").GetString(), forbidden.GetProperty("detail").GetString()));
    }

    private static Task<HttpResponseMessage> PostInAsync(HttpClient client, string language, string url, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task A_decision_without_accept_is_refused_naming_the_field()
    {
        var pair = await PairHarness.ProposeAsync(factory);

        var problem = await PairHarness.ProblemAsync(
            pair.Mentor.PostAsJsonAsync($"{pair.Url}/mentor-decision", new { reason = "?" }), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("accept", out _));
    }

    [Fact]
    public async Task Acting_on_an_unknown_pair_is_not_found()
    {
        var client = factory.CreateClient(TestUser.Mentor());
        var url = $"/api/pairs/{Guid.NewGuid()}";

        await PairHarness.ProblemAsync(client.GetAsync(url), HttpStatusCode.NotFound);
        await PairHarness.ProblemAsync(client.PostAsJsonAsync($"{url}/mentor-decision", new { accept = true }), HttpStatusCode.NotFound);
        await PairHarness.ProblemAsync(client.PostAsync($"{url}/contract/sign", null), HttpStatusCode.NotFound);
        await PairHarness.ProblemAsync(client.PostAsJsonAsync($"{url}/close", new { outcome = "job" }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unfit_first_meeting_ends_the_pair_and_sends_the_mentee_back_to_matching()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).AcceptedAsync();

        await PairHarness.ExpectAsync(
            pair.Coordinator.PostAsJsonAsync($"{pair.Url}/first-meeting", new { heldOn = PairHarness.Today, fit = false, notes = "Different expectations." }),
            HttpStatusCode.OK);

        var view = await pair.GetAsync(pair.Mentee);
        Assert.Equal(PairStatus.NotAFit, view.Status);
        Assert.Equal("Different expectations.", view.FirstMeeting!.Notes);
        Assert.Null((await pair.GetAsync(pair.Coordinator)).FirstMeeting!.Notes);
        var held = Assert.Single(await factory.PublishedAsync<FirstMeetingHeld>(), e => e.PairId == pair.PairId);
        Assert.False(held.Fit);
    }

    [Fact]
    public async Task The_first_meeting_is_refused_before_acceptance_in_the_future_and_to_outsiders()
    {
        var pair = await PairHarness.ProposeAsync(factory);
        var referent = pair.Referent;

        var early = await PairHarness.ProblemAsync(
            pair.Mentee.PostAsJsonAsync($"{pair.Url}/first-meeting", new { heldOn = PairHarness.Today, fit = true }), HttpStatusCode.Conflict);
        await pair.AcceptedAsync();
        var future = await PairHarness.ProblemAsync(
            pair.Mentee.PostAsJsonAsync($"{pair.Url}/first-meeting", new { heldOn = PairHarness.Today.AddDays(5), fit = true }), HttpStatusCode.BadRequest);
        await PairHarness.ProblemAsync(
            referent.PostAsJsonAsync($"{pair.Url}/first-meeting", new { heldOn = PairHarness.Today, fit = true }), HttpStatusCode.Forbidden);

        Assert.Equal("proposed", early.GetProperty("currentStatus").GetString());
        Assert.True(future.GetProperty("errors").TryGetProperty("heldOn", out _));
        Assert.Equal(PairStatus.Introduced, (await pair.GetAsync(pair.Mentor)).Status);
    }

    [Fact]
    public async Task A_second_signature_by_the_same_member_changes_nothing_and_the_pair_activates_once()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).ActiveAsync();

        var again = await PairHarness.ExpectAsync(pair.Mentor.PostAsync($"{pair.Url}/contract/sign", null), HttpStatusCode.OK);

        var view = await again.Content.ReadFromJsonAsync<PairView>(TestJson.Options);
        Assert.Equal(PairStatus.Active, view!.Status);
        Assert.Single(await factory.PublishedAsync<PairActivated>(), e => e.PairId == pair.PairId);
    }

    [Fact]
    public async Task Both_members_signing_at_the_same_moment_activate_the_pair_once()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).ContractingAsync();

        var signatures = await Task.WhenAll(
            pair.Mentee.PostAsync($"{pair.Url}/contract/sign", null),
            pair.Mentor.PostAsync($"{pair.Url}/contract/sign", null));

        Assert.All(signatures, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(PairStatus.Active, (await pair.GetAsync(pair.Mentee)).Status);
        Assert.Single(await factory.PublishedAsync<PairActivated>(), e => e.PairId == pair.PairId);
    }

    [Fact]
    public async Task Signing_is_for_members_only_and_only_after_a_good_first_meeting()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).AcceptedAsync();

        await PairHarness.ProblemAsync(pair.Coordinator.PostAsync($"{pair.Url}/contract/sign", null), HttpStatusCode.Forbidden);
        var early = await PairHarness.ProblemAsync(pair.Mentee.PostAsync($"{pair.Url}/contract/sign", null), HttpStatusCode.Conflict);

        Assert.Equal("introduced", early.GetProperty("currentStatus").GetString());
    }

    [Fact]
    public async Task Membership_decides_not_the_roles_in_the_token()
    {
        var pair = await PairHarness.ProposeAsync(factory);
        var mentorWithMenteeToken = factory.CreateClient(TestUser.Mentee(pair.MentorId));

        await PairHarness.ExpectAsync(
            mentorWithMenteeToken.PostAsJsonAsync($"{pair.Url}/mentor-decision", new { accept = true }), HttpStatusCode.OK);

        Assert.Equal(PairStatus.Introduced, (await pair.GetAsync(pair.Mentee)).Status);
    }

    [Fact]
    public async Task A_pair_is_shown_to_its_members_its_referent_and_its_programme_s_coordinators_only()
    {
        var pair = await PairHarness.ProposeAsync(factory);
        await PairHarness.ProblemAsync(pair.Referent.GetAsync(pair.Url), HttpStatusCode.Forbidden);
        await pair.SupervisedAsync();

        await pair.GetAsync(pair.Referent);
        await pair.GetAsync(pair.Coordinator);
        await pair.GetAsync(factory.CreateClient(TestUser.Ops()));
        await PairHarness.ProblemAsync(factory.CreateClient(TestUser.Coordinator(Guid.NewGuid())).GetAsync(pair.Url), HttpStatusCode.Forbidden);
        await PairHarness.ProblemAsync(factory.CreateClient(TestUser.Mentee()).GetAsync(pair.Url), HttpStatusCode.Forbidden);
        await PairHarness.ProblemAsync(factory.CreateClient(TestUser.Researcher(pair.ProgrammeId)).GetAsync(pair.Url), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Closing_again_with_the_same_outcome_returns_the_pair_and_publishes_nothing_new()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).ActiveAsync();
        await PairHarness.ExpectAsync(pair.Mentor.PostAsJsonAsync($"{pair.Url}/close", new { outcome = "term-reached" }), HttpStatusCode.OK);

        await PairHarness.ExpectAsync(pair.Coordinator.PostAsJsonAsync($"{pair.Url}/close", new { outcome = "term-reached" }), HttpStatusCode.OK);
        var other = await PairHarness.ProblemAsync(pair.Mentee.PostAsJsonAsync($"{pair.Url}/close", new { outcome = "job" }), HttpStatusCode.Conflict);

        Assert.Equal("closed", other.GetProperty("currentStatus").GetString());
        Assert.Single(await factory.PublishedAsync<PairClosed>(), e => e.PairId == pair.PairId);
    }

    [Fact]
    public async Task A_pair_not_yet_active_closes_only_as_a_dropout()
    {
        var contracting = await (await PairHarness.ProposeAsync(factory)).ContractingAsync();
        var proposed = await PairHarness.ProposeAsync(factory);

        var positive = await PairHarness.ProblemAsync(
            contracting.Mentee.PostAsJsonAsync($"{contracting.Url}/close", new { outcome = "internship" }), HttpStatusCode.Conflict);
        await PairHarness.ExpectAsync(
            contracting.Mentee.PostAsJsonAsync($"{contracting.Url}/close", new { outcome = "dropout-mentee", notes = "Moved abroad." }), HttpStatusCode.OK);
        var tooEarly = await PairHarness.ProblemAsync(
            proposed.Coordinator.PostAsJsonAsync($"{proposed.Url}/close", new { outcome = "dropout-mentor" }), HttpStatusCode.Conflict);

        Assert.Equal("contracting", positive.GetProperty("currentStatus").GetString());
        Assert.Equal("proposed", tooEarly.GetProperty("currentStatus").GetString());
        var closed = Assert.Single(await factory.PublishedAsync<PairClosed>(), e => e.PairId == contracting.PairId);
        Assert.Equal("dropout-mentee", closed.Outcome);
        Assert.Null(closed.ActivatedAt);
        Assert.Equal(0, closed.MeetingsHeld);
    }

    [Fact]
    public async Task Closing_needs_a_known_outcome_and_the_right_people()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).ActiveAsync();

        var unknown = await PairHarness.ProblemAsync(pair.Mentee.PostAsJsonAsync($"{pair.Url}/close", new { outcome = "hired" }), HttpStatusCode.BadRequest);
        await PairHarness.ProblemAsync(pair.Referent.PostAsJsonAsync($"{pair.Url}/close", new { outcome = "job" }), HttpStatusCode.Forbidden);

        Assert.True(unknown.GetProperty("errors").TryGetProperty("outcome", out _));
        Assert.Equal(PairStatus.Active, (await pair.GetAsync(pair.Mentee)).Status);
    }
}
