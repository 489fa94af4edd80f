using System.Net;
using System.Net.Http.Json;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Domain;
using Mentorship.Testing;

namespace Mentorship.Pairing.Tests.Integration;

public sealed class ClosingInterviewApiTests(PairingFactory factory) : IClassFixture<PairingFactory>
{
    private static object Interview(int satisfaction = 4, string goalsReached = "mostly", string? whatWorked = "Meeting at the workplace.") => new
    {
        heldOn = PairHarness.Today,
        satisfaction,
        goalsReached,
        whatWorked,
        whatToImprove = "More meetings.",
        wouldRecommend = true,
    };

    [Fact]
    public async Task Staff_record_each_side_s_interview_and_only_staff_see_them()
    {
        var pair = await (await (await PairHarness.ProposeAsync(factory)).ActiveAsync()).SupervisedAsync();

        await PairHarness.ExpectAsync(pair.Coordinator.PutAsJsonAsync($"{pair.Url}/closing-interview/mentee", Interview()), HttpStatusCode.OK);
        await PairHarness.ExpectAsync(pair.Coordinator.PostAsJsonAsync($"{pair.Url}/close", new { outcome = "job" }), HttpStatusCode.OK);
        var response = await PairHarness.ExpectAsync(
            pair.Referent.PutAsJsonAsync($"{pair.Url}/closing-interview/mentor", Interview(5, "fully")), HttpStatusCode.OK);

        var view = (await response.Content.ReadFromJsonAsync<PairView>(TestJson.Options))!;
        Assert.Equal([PairMember.Mentee, PairMember.Mentor], view.ClosingInterviews!.Select(i => i.Side));
        var mentor = view.ClosingInterviews![1];
        Assert.Equal((5, GoalsReached.Fully, true, pair.ReferentId), (mentor.Satisfaction, mentor.GoalsReached, mentor.WouldRecommend, mentor.RecordedBy));
        Assert.Equal(2, (await pair.GetAsync(pair.Coordinator)).ClosingInterviews!.Count);
        Assert.Null((await pair.GetAsync(pair.Mentee)).ClosingInterviews);
        Assert.Null((await pair.GetAsync(pair.Mentor)).ClosingInterviews);
    }

    [Fact]
    public async Task Recording_a_side_again_replaces_its_interview()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).ActiveAsync();
        var url = $"{pair.Url}/closing-interview/mentee";

        await PairHarness.ExpectAsync(pair.Coordinator.PutAsJsonAsync(url, Interview(2, "partly")), HttpStatusCode.OK);
        await PairHarness.ExpectAsync(pair.Coordinator.PutAsJsonAsync(url, Interview(3, "partly", whatWorked: null)), HttpStatusCode.OK);

        var interview = Assert.Single((await pair.GetAsync(pair.Coordinator)).ClosingInterviews!);
        Assert.Equal((3, (string?)null), (interview.Satisfaction, interview.WhatWorked));
    }

    [Fact]
    public async Task A_pair_not_yet_active_has_no_closing_interview()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).ContractingAsync();

        var problem = await PairHarness.ProblemAsync(
            pair.Coordinator.PutAsJsonAsync($"{pair.Url}/closing-interview/mentee", Interview()), HttpStatusCode.Conflict);

        Assert.Equal("contracting", problem.GetProperty("currentStatus").GetString());
        Assert.Empty((await pair.GetAsync(pair.Coordinator)).ClosingInterviews!);
    }

    [Fact]
    public async Task Members_referents_of_other_pairs_and_other_programmes_may_not_record_an_interview()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).ActiveAsync();
        var url = $"{pair.Url}/closing-interview/mentor";

        await PairHarness.ProblemAsync(pair.Mentee.PutAsJsonAsync(url, Interview()), HttpStatusCode.Forbidden);
        await PairHarness.ProblemAsync(pair.Mentor.PutAsJsonAsync(url, Interview()), HttpStatusCode.Forbidden);
        await PairHarness.ProblemAsync(pair.Referent.PutAsJsonAsync(url, Interview()), HttpStatusCode.Forbidden);
        await PairHarness.ProblemAsync(
            factory.CreateClient(TestUser.Coordinator(Guid.NewGuid())).PutAsJsonAsync(url, Interview()), HttpStatusCode.Forbidden);

        Assert.Empty((await pair.GetAsync(pair.Coordinator)).ClosingInterviews!);
    }

    [Theory]
    [InlineData("mentee", """{"heldOn":"2026-01-05","satisfaction":6,"goalsReached":"fully","wouldRecommend":true}""", "satisfaction")]
    [InlineData("mentee", """{"heldOn":"2026-01-05","satisfaction":0,"goalsReached":"fully","wouldRecommend":true}""", "satisfaction")]
    [InlineData("mentee", """{"heldOn":"2026-01-05","satisfaction":3,"goalsReached":"all","wouldRecommend":true}""", "goalsReached")]
    [InlineData("mentee", """{"heldOn":"2099-01-05","satisfaction":3,"goalsReached":"none","wouldRecommend":true}""", "heldOn")]
    [InlineData("mentee", """{"satisfaction":3,"goalsReached":"none","wouldRecommend":true}""", "heldOn")]
    [InlineData("mentee", """{"heldOn":"2026-01-05","satisfaction":3,"goalsReached":"none"}""", "wouldRecommend")]
    [InlineData("referent", """{"heldOn":"2026-01-05","satisfaction":3,"goalsReached":"none","wouldRecommend":true}""", "side")]
    public async Task Invalid_interviews_are_refused_naming_the_field(string side, string body, string field)
    {
        var pair = await PairHarness.ProposeAsync(factory);

        var problem = await PairHarness.ProblemAsync(
            pair.Coordinator.PutAsync($"{pair.Url}/closing-interview/{side}", new StringContent(body, System.Text.Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Answers_longer_than_their_limit_are_refused_before_the_database()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).ActiveAsync();

        var problem = await PairHarness.ProblemAsync(
            pair.Coordinator.PutAsJsonAsync(
                $"{pair.Url}/closing-interview/mentee", Interview(whatWorked: new string('w', ClosingInterview.TextMaxLength + 1))),
            HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("whatWorked", out _));
    }
}
