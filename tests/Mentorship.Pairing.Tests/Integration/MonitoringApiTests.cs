using System.Net;
using System.Net.Http.Json;
using System.Text;
using Mentorship.Messaging.Contracts;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Contracts;
using Mentorship.Pairing.Domain;
using Mentorship.ServiceDefaults.Http;
using Mentorship.Testing;

namespace Mentorship.Pairing.Tests.Integration;

public sealed class MonitoringApiTests(PairingFactory factory) : IClassFixture<PairingFactory>
{
    /// <summary>About five months and a half: a six-month pair activated then nears its term.</summary>
    private static readonly TimeSpan LongAgo = TimeSpan.FromDays(163);

    /// <summary>
    /// A mentoryou-like programme with a pair at risk, a healthy pair and a proposal left unanswered for three
    /// weeks, after the alert scheduler ran over them.
    /// </summary>
    private async Task<(Guid ProgrammeId, PairHarness AtRisk, PairHarness Healthy, PairHarness Unanswered)> ProgrammeAsync()
    {
        var programmeId = Guid.NewGuid();
        await PairHarness.PublishProgrammeAndWaitAsync(factory, programmeId, meetingsPerMonth: 2, durationMonths: 6, alertAfterWeeks: 3);
        var unanswered = await PairHarness.ProposeAsync(factory, programmeId, proposedAt: DateTimeOffset.UtcNow.AddDays(-21));
        var atRisk = await (await PairHarness.ProposeAsync(factory, programmeId)).ActiveAsync();
        await atRisk.BackdateAsync(LongAgo);
        await PairHarness.ExpectAsync(atRisk.LogMeetingAsync(PairHarness.Today.AddDays(-150)), HttpStatusCode.Created);
        var healthy = await (await PairHarness.ProposeAsync(factory, programmeId)).ActiveAsync();
        await factory.RunAlertsAsync();
        return (programmeId, atRisk, healthy, unanswered);
    }

    private static async Task<PagedResult<PairMonitoringRow>> ListAsync(HttpClient client, Guid programmeId, string query = "")
    {
        var response = await PairHarness.ExpectAsync(client.GetAsync($"/api/programmes/{programmeId}/pairs{query}"), HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<PagedResult<PairMonitoringRow>>(TestJson.Options))!;
    }

    [Fact]
    public async Task The_table_measures_each_pair_against_the_programme_s_cadence()
    {
        var (programmeId, atRisk, healthy, unanswered) = await ProgrammeAsync();

        var table = await ListAsync(atRisk.Coordinator, programmeId);

        Assert.Equal(3, table.Total);
        // Oldest proposals first: the pair at risk was proposed before it became active, months ago.
        Assert.Equal([atRisk.PairId, unanswered.PairId, healthy.PairId], table.Items.Select(r => r.PairId));
        var risky = table.Items[0];
        var activatedOn = DateOnly.FromDateTime(risky.ActivatedAt!.Value.UtcDateTime);
        Assert.Equal(activatedOn.AddMonths(6), risky.TermOn);
        Assert.Equal((1, 10), (risky.MeetingsHeld, risky.MeetingsExpected));
        Assert.Equal(PairHarness.Today.AddDays(-150), risky.LastMeetingOn);
        Assert.Equal(
            [AlertKinds.ActionPlanMissing, AlertKinds.BehindCadence, AlertKinds.TermApproaching],
            risky.Alerts.Select(a => a.Kind));
        Assert.All(risky.Alerts, a => Assert.Equal((1, false), (a.Level, a.Acknowledged)));
        Assert.True(risky.AtRisk);
        Assert.Empty(table.Items[2].Alerts);
        Assert.False(table.Items[2].AtRisk);
        Assert.Equal(0, table.Items[2].MeetingsExpected);
        Assert.Equal([AlertKinds.MentorDecisionOverdue], table.Items[1].Alerts.Select(a => a.Kind));
        Assert.Null(table.Items[1].TermOn);
    }

    [Fact]
    public async Task At_risk_filters_pairs_with_at_least_one_open_alert_and_status_filters_by_status()
    {
        var (programmeId, atRisk, healthy, unanswered) = await ProgrammeAsync();

        var risky = await ListAsync(atRisk.Coordinator, programmeId, "?atRisk=true");
        var calm = await ListAsync(atRisk.Coordinator, programmeId, "?atRisk=false");
        var active = await ListAsync(atRisk.Coordinator, programmeId, "?status=active");
        var activeAtRisk = await ListAsync(atRisk.Coordinator, programmeId, "?status=active&atRisk=true");

        Assert.Equal([atRisk.PairId, unanswered.PairId], risky.Items.Select(r => r.PairId));
        Assert.Equal(2, risky.Total);
        Assert.Equal([healthy.PairId], calm.Items.Select(r => r.PairId));
        Assert.Equal([atRisk.PairId, healthy.PairId], active.Items.Select(r => r.PairId));
        Assert.Equal([atRisk.PairId], activeAtRisk.Items.Select(r => r.PairId));
    }

    [Fact]
    public async Task The_table_is_paged_with_the_total()
    {
        var (programmeId, atRisk, healthy, unanswered) = await ProgrammeAsync();

        var third = await ListAsync(atRisk.Coordinator, programmeId, "?page=3&pageSize=1");
        var secondAtRisk = await ListAsync(atRisk.Coordinator, programmeId, "?atRisk=true&page=2&pageSize=1");
        var beyond = await ListAsync(atRisk.Coordinator, programmeId, "?atRisk=true&page=3&pageSize=1");

        Assert.Equal((3, 1, 3), (third.Page, third.PageSize, third.Total));
        Assert.Equal([healthy.PairId], third.Items.Select(r => r.PairId));
        Assert.Equal([unanswered.PairId], secondAtRisk.Items.Select(r => r.PairId));
        Assert.Equal(2, secondAtRisk.Total);
        Assert.Empty(beyond.Items);
    }

    [Fact]
    public async Task Each_row_names_the_pair_s_referent_once_one_is_assigned()
    {
        var programmeId = Guid.NewGuid();
        var supervised = await (await PairHarness.ProposeAsync(factory, programmeId)).SupervisedAsync();
        var alone = await PairHarness.ProposeAsync(factory, programmeId);

        var table = await ListAsync(supervised.Coordinator, programmeId);

        Assert.Equal(supervised.ReferentId, table.Items.Single(r => r.PairId == supervised.PairId).ReferentId);
        Assert.Null(table.Items.Single(r => r.PairId == alone.PairId).ReferentId);
    }

    [Fact]
    public async Task A_message_in_the_pair_s_thread_is_its_last_contact()
    {
        var programmeId = Guid.NewGuid();
        var pair = await (await PairHarness.ProposeAsync(factory, programmeId)).ActiveAsync();

        await factory.PublishAsync(new MessagePosted(pair.PairId, Guid.NewGuid(), pair.MenteeId, DateTimeOffset.UtcNow));

        var row = await ServiceFactory<Program>.EventuallyAsync(async () =>
            (await ListAsync(pair.Coordinator, programmeId)).Items.SingleOrDefault(r => r.LastContactOn is not null));
        Assert.Equal(PairHarness.Today, row.LastContactOn);
        Assert.Null(row.LastMeetingOn);
    }

    [Fact]
    public async Task The_table_is_for_the_programme_s_coordinators_and_referents_only()
    {
        var pair = await PairHarness.ProposeAsync(factory);
        var url = $"/api/programmes/{pair.ProgrammeId}/pairs";

        await PairHarness.ProblemAsync(factory.CreateClient(TestUser.Coordinator(Guid.NewGuid())).GetAsync(url), HttpStatusCode.Forbidden);
        await PairHarness.ProblemAsync(pair.Mentee.GetAsync(url), HttpStatusCode.Forbidden);
        await PairHarness.ProblemAsync(factory.CreateClient(TestUser.Researcher(pair.ProgrammeId)).GetAsync(url), HttpStatusCode.Forbidden);
        Assert.Single((await ListAsync(factory.CreateClient(TestUser.Ops()), pair.ProgrammeId)).Items);
    }

    [Fact]
    public async Task Unknown_filters_and_pages_are_refused_naming_the_parameter()
    {
        var pair = await PairHarness.ProposeAsync(factory);
        var url = $"/api/programmes/{pair.ProgrammeId}/pairs";

        var status = await PairHarness.ProblemAsync(pair.Coordinator.GetAsync($"{url}?status=paused"), HttpStatusCode.BadRequest);
        var size = await PairHarness.ProblemAsync(pair.Coordinator.GetAsync($"{url}?pageSize=0"), HttpStatusCode.BadRequest);

        Assert.True(status.GetProperty("errors").TryGetProperty("status", out _));
        Assert.True(size.GetProperty("errors").TryGetProperty("pageSize", out _));
    }

    [Fact]
    public async Task Coordinators_export_the_same_table_as_csv()
    {
        var (programmeId, atRisk, healthy, unanswered) = await ProgrammeAsync();

        var response = await PairHarness.ExpectAsync(
            atRisk.Coordinator.GetAsync($"/api/programmes/{programmeId}/pairs/export?format=csv"), HttpStatusCode.OK);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("pairId,menteeId,mentorId,status,proposedAt,activatedAt,meetingsHeld,meetingsExpected,", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith($"{atRisk.PairId},", lines[1]);
        Assert.EndsWith(",true,action-plan-missing (level 1); behind-cadence (level 1); term-approaching (level 1)", lines[1]);
        Assert.StartsWith($"{unanswered.PairId},", lines[2]);
        Assert.EndsWith(",true,mentor-decision-overdue (level 1)", lines[2]);
        Assert.StartsWith($"{healthy.PairId},", lines[3]);
    }

    [Fact]
    public async Task Coordinators_export_the_table_as_xlsx_and_others_may_not()
    {
        var pair = await PairHarness.ProposeAsync(factory);
        var url = $"/api/programmes/{pair.ProgrammeId}/pairs/export";

        var response = await PairHarness.ExpectAsync(pair.Coordinator.GetAsync($"{url}?format=xlsx"), HttpStatusCode.OK);
        var format = await PairHarness.ProblemAsync(pair.Coordinator.GetAsync($"{url}?format=pdf"), HttpStatusCode.BadRequest);
        await PairHarness.ProblemAsync(pair.Referent.GetAsync(url), HttpStatusCode.Forbidden);

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync())[..2]);
        Assert.True(format.GetProperty("errors").TryGetProperty("format", out _));
    }
}
