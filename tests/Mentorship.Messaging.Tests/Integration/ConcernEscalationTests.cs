using System.Net;
using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Concerns;
using Mentorship.Messaging.Contracts;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Concerns;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Tests.Integration;

/// <summary>A concern's states, their audit and who is told, escalation by the clock and on request, and the rules refused.</summary>
public sealed class ConcernEscalationTests(ConcernsFactory factory) : IClassFixture<ConcernsFactory>
{
    private const string Concerns = "/api/concerns";

    private static string Escalation(Guid programmeId) => $"/api/programmes/{programmeId}/concern-escalation";

    private async Task<(PairScenario Pair, TestUser Referent, ConcernView Concern)> RaisedAboutSupervisedPairAsync(string severity = "high", string? lab = null)
    {
        var pair = await PairScenario.New(factory).OpenAsync();
        var referent = await pair.SupervisedAsync();
        var concern = await (await pair.Client(pair.Mentee).PostJsonAsync(Concerns,
            new { programmeId = pair.ProgrammeId, pairId = pair.PairId, category = "conflict", severity, lab, text = "My mentor keeps cancelling at the last minute." }))
            .ReadAsync<ConcernView>(HttpStatusCode.Created);
        return (pair, referent, concern);
    }

    private async Task<(TestUser First, TestUser Second)> PolicyAsync(Guid programmeId, string? lab = null)
    {
        var (first, second) = (TestUser.Mentor(), TestUser.Mentor());
        await (await factory.CreateClient(TestUser.Coordinator(programmeId)).PutJsonAsync(Escalation(programmeId), new
        {
            lab,
            firstResponseHours = 24,
            tiers = new[]
            {
                new { contacts = new[] { first.PersonId }, acknowledgeWithinHours = 48 },
                new { contacts = new[] { second.PersonId }, acknowledgeWithinHours = 48 },
            },
        })).ExpectAsync(HttpStatusCode.OK);
        return (first, second);
    }

    private Task<List<Notification>> NotificationsAsync(Guid concernId, Guid recipientId) =>
        factory.QueryAsync<MessagingDbContext, List<Notification>>(db => db.Notifications.AsNoTracking()
            .Where(n => n.ConcernId == concernId && n.RecipientId == recipientId).OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).ToListAsync());

    [Fact]
    public async Task A_concern_goes_from_open_to_resolved_each_step_audited_and_told_to_the_right_people()
    {
        var (pair, referent, raised) = await RaisedAboutSupervisedPairAsync();
        var handler = pair.Client(referent);

        // Steps are listed in time order: the fake clock moves between them as a real one would.
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await (await handler.PostJsonAsync($"{Concerns}/{raised.Id}/acknowledge", new { note = "Read it, calling the mentee." })).ExpectAsync(HttpStatusCode.OK);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await (await handler.PostAsync($"{Concerns}/{raised.Id}/start", null)).ExpectAsync(HttpStatusCode.OK);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var resolved = await (await handler.PostJsonAsync($"{Concerns}/{raised.Id}/resolve", new { note = "Agreed on fixed dates." }))
            .ReadAsync<ConcernView>();
        var seen = await (await handler.GetAsync($"{Concerns}/{raised.Id}")).ReadAsync<ConcernView>();
        var seenByRaiser = await (await pair.Client(pair.Mentee).GetAsync($"{Concerns}/{raised.Id}")).ReadAsync<ConcernView>();

        Assert.Equal((ConcernSeverity.High, ConcernStatus.Resolved), (raised.Severity, resolved.Status));
        Assert.Equal(
            [(ConcernStatus.Open, ConcernStatus.Open, (Guid?)pair.Mentee.PersonId, (string?)null),
             (ConcernStatus.Open, ConcernStatus.Acknowledged, referent.PersonId, "Read it, calling the mentee."),
             (ConcernStatus.Acknowledged, ConcernStatus.InProgress, referent.PersonId, null),
             (ConcernStatus.InProgress, ConcernStatus.Resolved, referent.PersonId, "Agreed on fixed dates.")],
            seen.Steps!.Select(s => (s.From, s.To, s.ActorId, s.Note)));
        Assert.Null(seenByRaiser.Steps);
        Assert.Equal([NotificationKind.ConcernReceived], (await NotificationsAsync(raised.Id, referent.PersonId)).Select(n => n.Kind));
        Assert.Equal(
            [NotificationKind.ConcernAcknowledged, NotificationKind.ConcernInProgress, NotificationKind.ConcernResolved],
            (await NotificationsAsync(raised.Id, pair.Mentee.PersonId)).Select(n => n.Kind));
        Assert.Equal(
            [ConcernStatuses.Acknowledged, ConcernStatuses.InProgress, ConcernStatuses.Resolved],
            (await factory.PublishedAsync<ConcernStatusChanged>()).Where(e => e.ConcernId == raised.Id).Select(e => e.Status));
        Assert.Single(await factory.PublishedAsync<ConcernAcknowledged>(), e => e.ConcernId == raised.Id);
    }

    [Fact]
    public async Task Bad_steps_are_refused_naming_the_rule_and_someone_else_s_concern_is_not_theirs_to_handle()
    {
        var (pair, referent, raised) = await RaisedAboutSupervisedPairAsync();
        var handler = pair.Client(referent);
        var otherReferent = pair.Client(await pair.RosterReferentAsync());

        var startTooEarly = await (await handler.PostAsync($"{Concerns}/{raised.Id}/start", null)).ProblemAsync(HttpStatusCode.Conflict);
        var noTier = await (await pair.Client(pair.Mentee).PostAsync($"{Concerns}/{raised.Id}/escalate", null)).ProblemAsync(HttpStatusCode.Conflict);
        await (await pair.Client(pair.Mentee).PostAsync($"{Concerns}/{raised.Id}/resolve", null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await pair.Client(pair.Mentor).PostAsync($"{Concerns}/{raised.Id}/escalate", null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await otherReferent.GetAsync($"{Concerns}/{raised.Id}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await otherReferent.PostAsync($"{Concerns}/{raised.Id}/acknowledge", null)).ProblemAsync(HttpStatusCode.Forbidden);
        var longNote = await (await handler.PostJsonAsync($"{Concerns}/{raised.Id}/resolve", new { note = new string('x', ConcernStep.MaxNoteLength + 1) }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        await (await handler.PostAsync($"{Concerns}/{raised.Id}/resolve", null)).ExpectAsync(HttpStatusCode.OK);
        var resolvedAgain = await (await handler.PostAsync($"{Concerns}/{raised.Id}/resolve", null)).ProblemAsync(HttpStatusCode.Conflict);
        var escalateResolved = await (await handler.PostAsync($"{Concerns}/{raised.Id}/escalate", null)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("once acknowledged", startTooEarly.GetProperty("title").GetString());
        Assert.Contains("no tier to escalate", noTier.GetProperty("title").GetString());
        Assert.Equal(["note"], longNote.ErrorFields());
        Assert.Contains("not resolved again", resolvedAgain.GetProperty("title").GetString());
        Assert.Equal("resolved", resolvedAgain.GetProperty("currentStatus").GetString());
        Assert.Contains("not escalated", escalateResolved.GetProperty("title").GetString());
        var steps = await factory.QueryAsync<MessagingDbContext, int>(db => db.ConcernSteps.CountAsync(s => s.ConcernId == raised.Id));
        Assert.Equal(2, steps);
    }

    [Fact]
    public async Task A_refused_step_is_explained_in_the_callers_language()
    {
        var (pair, referent, raised) = await RaisedAboutSupervisedPairAsync();
        var handler = pair.Client(referent);
        await (await handler.PostAsync($"{Concerns}/{raised.Id}/resolve", null)).ExpectAsync(HttpStatusCode.OK);

        var resolvedAgain = await (await PostInAsync(handler, "fr-BE", $"{Concerns}/{raised.Id}/resolve")).ProblemAsync(HttpStatusCode.Conflict);
        var notTheirs = await (await PostInAsync(pair.Client(pair.Mentee), "nl", $"{Concerns}/{raised.Id}/acknowledge")).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal("Un signalement résolu n'est pas résolu une seconde fois.", resolvedAgain.GetProperty("title").GetString());
        Assert.Equal("U mag dit niet doen.", notTheirs.GetProperty("title").GetString());
        Assert.Equal(
            "Alleen wie de melding behandelt (de referent van het duo, de escalatiecontacten die ze bereikte) neemt ze op; wie de melding deed, kan om escalatie vragen.",
            notTheirs.Detail());
    }

    private static Task<HttpResponseMessage> PostInAsync(HttpClient client, string language, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url);
        request.Headers.AcceptLanguage.ParseAdd(language);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task Of_two_steps_taken_at_once_only_one_wins()
    {
        var (pair, referent, raised) = await RaisedAboutSupervisedPairAsync();
        var handler = pair.Client(referent);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => handler.PostAsync($"{Concerns}/{raised.Id}/resolve", null)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        var resolutions = await factory.QueryAsync<MessagingDbContext, int>(
            db => db.ConcernSteps.CountAsync(s => s.ConcernId == raised.Id && s.To == ConcernStatus.Resolved));
        Assert.Equal(1, resolutions);
    }

    [Fact]
    public async Task A_concern_nobody_acknowledges_in_time_goes_up_a_tier_and_stops_at_the_last()
    {
        var pair = await PairScenario.New(factory).OpenAsync();
        var (first, second) = await PolicyAsync(pair.ProgrammeId);
        var referent = await pair.SupervisedAsync();
        var raised = await (await pair.Client(pair.Mentor).PostJsonAsync(Concerns,
            new { programmeId = pair.ProgrammeId, pairId = pair.PairId, text = "I feel unsafe in our meetings." })).ReadAsync<ConcernView>(HttpStatusCode.Created);

        factory.Clock.Advance(TimeSpan.FromHours(23));
        await factory.RunEscalationsAsync();
        var early = await (await pair.Client(referent).GetAsync($"{Concerns}/{raised.Id}")).ReadAsync<ConcernView>();
        await (await pair.Client(first).GetAsync($"{Concerns}/{raised.Id}")).ProblemAsync(HttpStatusCode.Forbidden);
        factory.Clock.Advance(TimeSpan.FromHours(2));
        await factory.RunEscalationsAsync();
        var tierOne = await (await pair.Client(first).GetAsync($"{Concerns}/{raised.Id}")).ReadAsync<ConcernView>();
        factory.Clock.Advance(TimeSpan.FromHours(49));
        await factory.RunEscalationsAsync();
        var tierTwo = await (await pair.Client(second).GetAsync($"{Concerns}/{raised.Id}")).ReadAsync<ConcernView>();
        factory.Clock.Advance(TimeSpan.FromDays(30));
        await factory.RunEscalationsAsync();
        var beyond = await (await pair.Client(second).PostAsync($"{Concerns}/{raised.Id}/escalate", null)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal((ConcernStatus.Open, 0), (early.Status, early.Tier));
        Assert.Equal((ConcernStatus.Escalated, 1), (tierOne.Status, tierOne.Tier));
        Assert.Equal((ConcernStatus.Escalated, 2, (DateTimeOffset?)null), (tierTwo.Status, tierTwo.Tier, tierTwo.RespondBy));
        Assert.Equal(
            [(ConcernStatus.Open, ConcernStatus.Escalated, 1), (ConcernStatus.Escalated, ConcernStatus.Escalated, 2)],
            tierTwo.Steps!.Where(s => s.ActorId is null).Select(s => (s.From, s.To, s.Tier)));
        Assert.All(tierTwo.Steps!.Where(s => s.ActorId is null), s => Assert.Equal(ConcernEscalator.OverdueNote, s.Note));
        Assert.Contains("last of the programme's escalation contacts", beyond.GetProperty("title").GetString());
        Assert.Equal([NotificationKind.ConcernReceived], (await NotificationsAsync(raised.Id, first.PersonId)).Select(n => n.Kind));
        Assert.Equal([NotificationKind.ConcernReceived], (await NotificationsAsync(raised.Id, second.PersonId)).Select(n => n.Kind));
        Assert.Equal(
            [NotificationKind.ConcernEscalated, NotificationKind.ConcernEscalated],
            (await NotificationsAsync(raised.Id, pair.Mentor.PersonId)).Select(n => n.Kind));
        var escalations = (await factory.PublishedAsync<ConcernStatusChanged>()).Where(e => e.ConcernId == raised.Id).ToList();
        Assert.Equal([(ConcernStatuses.Escalated, 1), (ConcernStatuses.Escalated, 2)], escalations.Select(e => (e.Status, e.Tier)));
    }

    [Fact]
    public async Task An_acknowledgement_stops_the_clock_and_a_lab_s_contacts_take_that_lab_s_concerns_on_request()
    {
        var pair = await PairScenario.New(factory).OpenAsync();
        var (programmeContact, _) = await PolicyAsync(pair.ProgrammeId);
        var (labContact, _) = await PolicyAsync(pair.ProgrammeId, lab: "liris");
        var referent = await pair.SupervisedAsync();
        var aboutLab = await (await pair.Client(pair.Mentee).PostJsonAsync(Concerns,
            new { programmeId = pair.ProgrammeId, pairId = pair.PairId, lab = "liris", text = "Tension in the lab affects our dialogue." })).ReadAsync<ConcernView>(HttpStatusCode.Created);
        var elsewhere = await (await pair.Client(pair.Mentee).PostJsonAsync(Concerns,
            new { programmeId = pair.ProgrammeId, pairId = pair.PairId, lab = "lix", text = "Another worry, about another lab." })).ReadAsync<ConcernView>(HttpStatusCode.Created);

        await (await pair.Client(referent).PostAsync($"{Concerns}/{aboutLab.Id}/acknowledge", null)).ExpectAsync(HttpStatusCode.OK);
        factory.Clock.Advance(TimeSpan.FromDays(3));
        await factory.RunEscalationsAsync();
        var stillWithReferent = await (await pair.Client(referent).GetAsync($"{Concerns}/{aboutLab.Id}")).ReadAsync<ConcernView>();
        await (await pair.Client(pair.Mentee).PostJsonAsync($"{Concerns}/{aboutLab.Id}/escalate", new { note = "I would rather talk to the lab." }))
            .ExpectAsync(HttpStatusCode.OK);

        Assert.Equal((ConcernStatus.Acknowledged, 0), (stillWithReferent.Status, stillWithReferent.Tier));
        var taken = await (await pair.Client(labContact).GetAsync($"{Concerns}/{aboutLab.Id}")).ReadAsync<ConcernView>();
        Assert.Equal((ConcernStatus.Escalated, 1, (Guid?)pair.Mentee.PersonId), (taken.Status, taken.Tier, taken.Steps![^1].ActorId));
        await (await pair.Client(programmeContact).GetAsync($"{Concerns}/{aboutLab.Id}")).ProblemAsync(HttpStatusCode.Forbidden);
        var overdueElsewhere = await (await pair.Client(programmeContact).GetAsync($"{Concerns}/{elsewhere.Id}")).ReadAsync<ConcernView>();
        Assert.Equal(1, overdueElsewhere.Tier);
        var listed = await (await pair.Client(labContact).GetAsync($"/api/programmes/{pair.ProgrammeId}/concerns")).ReadAsync<Mentorship.ServiceDefaults.Http.PagedResult<ConcernView>>();
        Assert.Equal([aboutLab.Id], listed.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task Escalation_contacts_are_set_by_the_programme_s_coordinators_and_checked()
    {
        var programmeId = Guid.NewGuid();
        var coordinator = factory.CreateClient(TestUser.Coordinator(programmeId));
        var body = new { firstResponseHours = 0, tiers = new[] { new { contacts = Array.Empty<Guid>(), acknowledgeWithinHours = 10 } } };

        var invalid = await (await coordinator.PutJsonAsync(Escalation(programmeId), body)).ProblemAsync(HttpStatusCode.BadRequest);
        var noTiers = await (await coordinator.PutJsonAsync(Escalation(programmeId), new { firstResponseHours = 5 })).ProblemAsync(HttpStatusCode.BadRequest);
        var valid = new { firstResponseHours = 5, tiers = new[] { new { contacts = new[] { Guid.NewGuid() }, acknowledgeWithinHours = 10 } } };
        await (await factory.CreateClient(TestUser.Referent(programmeId)).PutJsonAsync(Escalation(programmeId), valid)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await coordinator.GetAsync(Escalation(programmeId))).ProblemAsync(HttpStatusCode.NotFound);
        var (first, second) = await PolicyAsync(programmeId);
        var set = await (await coordinator.GetAsync(Escalation(programmeId))).ReadAsync<EscalationPolicyView>();

        Assert.Contains("firstResponseHours", invalid.ErrorFields());
        Assert.Contains(invalid.ErrorFields(), f => f.StartsWith("tiers[0].", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["tiers"], noTiers.ErrorFields());
        Assert.Equal((24, (string?)null), (set.FirstResponseHours, set.Lab));
        Assert.Equal([first.PersonId, second.PersonId], set.Tiers.SelectMany(t => t.Contacts!));
    }
}
