using System.Net;
using System.Net.Http.Json;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Contracts;
using Mentorship.Pairing.Domain;
using Mentorship.ServiceDefaults.Http;
using Mentorship.Testing;

namespace Mentorship.Pairing.Tests.Integration;

public sealed class AlertsApiTests(AlertsFactory factory) : IClassFixture<AlertsFactory>
{
    private static string ListUrl(Guid programmeId, string query = "") => $"/api/programmes/{programmeId}/alerts{query}";

    private static string AcknowledgeUrl(PairHarness pair, Guid alertId) => $"{pair.Url}/alerts/{alertId}/acknowledge";

    private static async Task<PagedResult<PairAlertView>> ListAsync(HttpClient client, Guid programmeId, string query = "")
    {
        var response = await PairHarness.ExpectAsync(client.GetAsync(ListUrl(programmeId, query)), HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<PagedResult<PairAlertView>>(TestJson.Options))!;
    }

    /// <summary>A proposal the mentor left unanswered for eight days, and its alert.</summary>
    private async Task<(PairHarness Pair, PairAlertView Alert)> OverdueAsync(Guid? programmeId = null)
    {
        var pair = await PairHarness.ProposeAsync(factory, programmeId);
        factory.Clock.Advance(TimeSpan.FromDays(8));
        await factory.RunAlertsAsync();
        var alert = (await ListAsync(pair.Coordinator, pair.ProgrammeId)).Items.Single(a => a.PairId == pair.PairId);
        return (pair, alert);
    }

    [Fact]
    public async Task A_programme_s_alerts_are_listed_newest_first_with_the_total_and_filtered_by_state_and_kind()
    {
        var (first, firstAlert) = await OverdueAsync();
        await PairHarness.ExpectAsync(first.Coordinator.PostAsync(AcknowledgeUrl(first, firstAlert.Id), null), HttpStatusCode.OK);
        var (second, secondAlert) = await OverdueAsync(first.ProgrammeId);
        await PairHarness.ProposeAsync(factory);

        var all = await ListAsync(first.Coordinator, first.ProgrammeId);
        var page = await ListAsync(first.Coordinator, first.ProgrammeId, "?page=2&pageSize=1");
        var acknowledged = await ListAsync(first.Coordinator, first.ProgrammeId, "?state=acknowledged");
        var open = await ListAsync(first.Coordinator, first.ProgrammeId, $"?state=open&kind={AlertKinds.MentorDecisionOverdue}");
        var otherKind = await ListAsync(first.Coordinator, first.ProgrammeId, $"?kind={AlertKinds.TermPassed}");

        Assert.Equal([secondAlert.Id, firstAlert.Id], all.Items.Select(a => a.Id));
        Assert.Equal(2, all.Total);
        Assert.Equal([firstAlert.Id], page.Items.Select(a => a.Id));
        Assert.Equal((2, 1, 2), (page.Page, page.PageSize, page.Total));
        var taken = Assert.Single(acknowledged.Items);
        Assert.Equal((firstAlert.Id, AlertState.Acknowledged, 1), (taken.Id, taken.State, taken.Level));
        Assert.NotNull(taken.AcknowledgedAt);
        Assert.Equal([second.PairId], open.Items.Select(a => a.PairId));
        Assert.Equal(0, otherKind.Total);
    }

    [Fact]
    public async Task Alerts_are_for_the_programme_s_coordinators_and_the_pair_s_referent_only()
    {
        var (pair, alert) = await OverdueAsync();
        await pair.SupervisedAsync();
        var otherReferent = factory.CreateClient(TestUser.Referent(pair.ProgrammeId));
        var otherCoordinator = factory.CreateClient(TestUser.Coordinator(Guid.NewGuid()));

        await PairHarness.ProblemAsync(otherCoordinator.GetAsync(ListUrl(pair.ProgrammeId)), HttpStatusCode.Forbidden);
        await PairHarness.ProblemAsync(pair.Mentee.GetAsync(ListUrl(pair.ProgrammeId)), HttpStatusCode.Forbidden);
        await PairHarness.ProblemAsync(pair.Mentor.GetAsync(ListUrl(pair.ProgrammeId)), HttpStatusCode.Forbidden);
        await PairHarness.ProblemAsync(otherCoordinator.PostAsync(AcknowledgeUrl(pair, alert.Id), null), HttpStatusCode.Forbidden);
        await PairHarness.ProblemAsync(pair.Mentor.PostAsync(AcknowledgeUrl(pair, alert.Id), null), HttpStatusCode.Forbidden);
        await PairHarness.ProblemAsync(otherReferent.PostAsync(AcknowledgeUrl(pair, alert.Id), null), HttpStatusCode.Forbidden);
        Assert.DoesNotContain((await ListAsync(otherReferent, pair.ProgrammeId)).Items, a => a.Id == alert.Id);
        Assert.Equal([alert.Id], (await ListAsync(pair.Referent, pair.ProgrammeId)).Items.Select(a => a.Id));
        var byReferent = await PairHarness.ExpectAsync(pair.Referent.PostAsync(AcknowledgeUrl(pair, alert.Id), null), HttpStatusCode.OK);

        Assert.Equal(AlertState.Acknowledged, (await byReferent.Content.ReadFromJsonAsync<PairAlertView>(TestJson.Options))!.State);
    }

    [Fact]
    public async Task Unknown_states_kinds_and_pages_are_refused_naming_the_parameter()
    {
        var pair = await PairHarness.ProposeAsync(factory);

        var state = await PairHarness.ProblemAsync(pair.Coordinator.GetAsync(ListUrl(pair.ProgrammeId, "?state=snoozed")), HttpStatusCode.BadRequest);
        var kind = await PairHarness.ProblemAsync(pair.Coordinator.GetAsync(ListUrl(pair.ProgrammeId, "?kind=late")), HttpStatusCode.BadRequest);
        var size = await PairHarness.ProblemAsync(pair.Coordinator.GetAsync(ListUrl(pair.ProgrammeId, "?pageSize=0")), HttpStatusCode.BadRequest);

        Assert.True(state.GetProperty("errors").TryGetProperty("state", out _));
        Assert.Contains(AlertKinds.MentorDecisionOverdue, kind.GetProperty("errors").GetProperty("kind")[0].GetString());
        Assert.True(size.GetProperty("errors").TryGetProperty("pageSize", out _));
    }

    [Fact]
    public async Task Acknowledging_twice_answers_the_same_alert_and_announces_it_closed_once()
    {
        var (pair, alert) = await OverdueAsync();
        await pair.SupervisedAsync();

        var first = await PairHarness.ExpectAsync(pair.Coordinator.PostAsync(AcknowledgeUrl(pair, alert.Id), null), HttpStatusCode.OK);
        var again = await PairHarness.ExpectAsync(pair.Referent.PostAsync(AcknowledgeUrl(pair, alert.Id), null), HttpStatusCode.OK);

        var firstView = (await first.Content.ReadFromJsonAsync<PairAlertView>(TestJson.Options))!;
        var againView = (await again.Content.ReadFromJsonAsync<PairAlertView>(TestJson.Options))!;
        Assert.Equal((AlertState.Acknowledged, firstView.AcknowledgedAt), (againView.State, againView.AcknowledgedAt));
        var closed = Assert.Single(await factory.ClosedAsync(pair.PairId));
        Assert.Equal((alert.Id, "acknowledged"), (closed.AlertId, closed.Reason));
    }

    [Fact]
    public async Task A_closed_alert_is_a_conflict_and_an_alert_of_another_pair_or_none_is_not_found()
    {
        var (pair, alert) = await OverdueAsync();
        var other = await PairHarness.ProposeAsync(factory, pair.ProgrammeId);
        await pair.AcceptedAsync();
        await factory.RunAlertsAsync();

        var conflict = await PairHarness.ProblemAsync(pair.Coordinator.PostAsync(AcknowledgeUrl(pair, alert.Id), null), HttpStatusCode.Conflict);
        await PairHarness.ProblemAsync(pair.Coordinator.PostAsync(AcknowledgeUrl(other, alert.Id), null), HttpStatusCode.NotFound);
        await PairHarness.ProblemAsync(pair.Coordinator.PostAsync(AcknowledgeUrl(pair, Guid.NewGuid()), null), HttpStatusCode.NotFound);

        Assert.Equal("closed", conflict.GetProperty("currentState").GetString());
        Assert.Equal(["resolved"], (await factory.ClosedAsync(pair.PairId)).Select(e => e.Reason));
    }
}
