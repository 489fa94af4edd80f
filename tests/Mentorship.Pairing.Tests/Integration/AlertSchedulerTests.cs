using System.Net;
using System.Net.Http.Json;
using Mentorship.Evaluation.Contracts;
using Mentorship.Messaging.Contracts;
using Mentorship.Pairing.Contracts;
using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Tests.Integration;

public sealed class AlertSchedulerTests(AlertsFactory factory) : IClassFixture<AlertsFactory>
{
    private async Task<Guid> ProgrammeAsync()
    {
        var programmeId = Guid.NewGuid();
        await PairHarness.PublishProgrammeAndWaitAsync(factory, programmeId, meetingsPerMonth: 2, durationMonths: 6, alertAfterWeeks: 3);
        return programmeId;
    }

    private async Task<PairHarness> ActiveWithPlanAsync(Guid programmeId)
    {
        var pair = await (await PairHarness.ProposeAsync(factory, programmeId)).ActiveAsync();
        await PairHarness.ExpectAsync(
            pair.Mentee.PutAsJsonAsync($"{pair.Url}/action-plan", new { goals = new[] { new { title = "Network", status = "open" } } }),
            HttpStatusCode.OK);
        return pair;
    }

    /// <summary>The alert events of the pairs, by pair, kind and level.</summary>
    private async Task<List<(Guid, string, int)>> EventsAsync(params PairHarness[] pairs)
    {
        var raised = await factory.PublishedAsync<PairAlertRaised>();
        var closed = await factory.PublishedAsync<PairAlertClosed>();
        var ids = pairs.Select(p => p.PairId).ToHashSet();
        return raised.Where(e => ids.Contains(e.PairId)).Select(e => (e.PairId, e.Kind, e.Level))
            .Concat(closed.Where(e => ids.Contains(e.PairId)).Select(e => (e.PairId, e.Kind, 0)))
            .Order()
            .ToList();
    }

    [Fact]
    public async Task Each_kind_is_raised_once_when_due_at_level_1_to_the_people_who_must_act()
    {
        var programmeId = await ProgrammeAsync();
        var proposed = await PairHarness.ProposeAsync(factory, programmeId);
        var accepted = await (await PairHarness.ProposeAsync(factory, programmeId)).AcceptedAsync();
        var contracting = await (await PairHarness.ProposeAsync(factory, programmeId)).ContractingAsync();
        var quiet = await ActiveWithPlanAsync(programmeId);
        var planless = await (await PairHarness.ProposeAsync(factory, programmeId)).ActiveAsync();
        var surveyed = await ActiveWithPlanAsync(programmeId);
        var concerned = await ActiveWithPlanAsync(programmeId);
        var nearTerm = await ActiveWithPlanAsync(programmeId);
        var pastTerm = await ActiveWithPlanAsync(programmeId);
        // After the 31 days below: 163 and 201 days after activation, of a six-month term.
        await nearTerm.BackdateAsync(TimeSpan.FromDays(132));
        await pastTerm.BackdateAsync(TimeSpan.FromDays(170));
        await factory.PublishAsync(new SurveyAssigned(Guid.NewGuid(), programmeId, surveyed.PairId, surveyed.MenteeId, "mid-term", factory.Now));
        await factory.PublishAsync(new ConcernRaised(Guid.NewGuid(), programmeId, concerned.PairId, factory.Now));
        await factory.WaitUntilAsync(db => db.Surveys.AnyAsync(s => s.PairId == surveyed.PairId));
        await factory.WaitUntilAsync(db => db.Concerns.AnyAsync(c => c.PairId == concerned.PairId));

        factory.Clock.Advance(TimeSpan.FromDays(31));
        await factory.RunAlertsAsync();
        var afterFirst = await EventsAsync(proposed, accepted, contracting, quiet, planless, surveyed, concerned, nearTerm, pastTerm);
        await factory.RunAlertsAsync();
        var afterSecond = await EventsAsync(proposed, accepted, contracting, quiet, planless, surveyed, concerned, nearTerm, pastTerm);

        (PairHarness Pair, string Kind, AlertRecipient[] Recipients)[] expected =
        [
            (proposed, AlertKinds.MentorDecisionOverdue, [proposed.Mentor()]),
            (accepted, AlertKinds.FirstMeetingNotHeld, [accepted.Mentee(), accepted.Mentor()]),
            (contracting, AlertKinds.ContractUnsigned, [contracting.Mentee(), contracting.Mentor()]),
            (quiet, AlertKinds.BehindCadence, [quiet.Mentee(), quiet.Mentor()]),
            (planless, AlertKinds.ActionPlanMissing, [planless.Mentee(), planless.Mentor()]),
            (surveyed, AlertKinds.SurveyPending, [surveyed.Mentee()]),
            (concerned, AlertKinds.ConcernUnanswered, [AlertHarness.Coordinators]),
            (nearTerm, AlertKinds.TermApproaching, [nearTerm.Mentee(), nearTerm.Mentor(), AlertHarness.Coordinators]),
            (pastTerm, AlertKinds.TermPassed, [AlertHarness.Coordinators]),
        ];
        foreach (var (pair, kind, recipients) in expected)
        {
            var raised = Assert.Single(await factory.RaisedAsync(pair.PairId), e => e.Kind == kind);
            Assert.Equal((programmeId, 1, factory.Now), (raised.ProgrammeId, raised.Level, raised.RaisedAt));
            Assert.Equal(recipients, raised.Recipients);
        }

        Assert.Equal(AlertKinds.All.Order(), expected.Select(e => e.Kind).Order());
        // Run totals are not compared: other test classes' services publish proposals this one receives too.
        Assert.Equal(afterFirst, afterSecond);
        // The quiet pair, with a plan and far from its term, is behind its cadence and nothing else.
        Assert.Equal([AlertKinds.BehindCadence], (await factory.AlertsAsync(quiet.PairId)).Select(a => a.Kind));
    }

    [Fact]
    public async Task Nothing_is_raised_before_the_thresholds()
    {
        var programmeId = await ProgrammeAsync();
        var proposed = await PairHarness.ProposeAsync(factory, programmeId);
        var active = await ActiveWithPlanAsync(programmeId);

        factory.Clock.Advance(TimeSpan.FromDays(6));
        await factory.RunAlertsAsync();

        Assert.Empty(await factory.AlertsAsync(proposed.PairId));
        Assert.Empty(await factory.AlertsAsync(active.PairId));
    }

    [Fact]
    public async Task An_alert_nobody_acknowledges_is_escalated_to_the_coordinators_up_to_the_highest_level()
    {
        var ignored = await PairHarness.ProposeAsync(factory);
        var handled = await PairHarness.ProposeAsync(factory, ignored.ProgrammeId);
        factory.Clock.Advance(TimeSpan.FromDays(8));
        await factory.RunAlertsAsync();
        var alert = Assert.Single(await factory.AlertsAsync(handled.PairId));
        await PairHarness.ExpectAsync(handled.Coordinator.PostAsync($"{handled.Url}/alerts/{alert.Id}/acknowledge", null), HttpStatusCode.OK);

        factory.Clock.Advance(TimeSpan.FromDays(6));
        await factory.RunAlertsAsync();
        var beforeDelay = await factory.RaisedAsync(ignored.PairId);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await factory.RunAlertsAsync();
        var secondLevelAt = factory.Now;
        for (var week = 0; week < 3; week++)
        {
            factory.Clock.Advance(TimeSpan.FromDays(7));
            await factory.RunAlertsAsync();
        }

        Assert.Equal([1], beforeDelay.Select(e => e.Level));
        var raised = await factory.RaisedAsync(ignored.PairId);
        Assert.Equal([1, 2, 3], raised.Select(e => e.Level));
        Assert.All(raised, e => Assert.Equal(raised[0].AlertId, e.AlertId));
        Assert.Equal([AlertHarness.Coordinators], raised[1].Recipients);
        Assert.Equal(secondLevelAt, raised[1].RaisedAt);
        Assert.Equal(3, Assert.Single(await factory.AlertsAsync(ignored.PairId)).Level);
        Assert.Equal([1], (await factory.RaisedAsync(handled.PairId)).Select(e => e.Level));
        var acknowledged = Assert.Single(await factory.AlertsAsync(handled.PairId));
        Assert.Equal((AlertState.Acknowledged, 1), (acknowledged.State, acknowledged.Level));
    }

    [Fact]
    public async Task A_condition_that_cleared_closes_its_alert_as_resolved()
    {
        var pair = await PairHarness.ProposeAsync(factory);
        factory.Clock.Advance(TimeSpan.FromDays(8));
        await factory.RunAlertsAsync();

        await pair.AcceptedAsync();
        await factory.RunAlertsAsync();

        var raised = Assert.Single(await factory.RaisedAsync(pair.PairId));
        var closed = Assert.Single(await factory.ClosedAsync(pair.PairId));
        Assert.Equal((raised.AlertId, AlertKinds.MentorDecisionOverdue, "resolved", factory.Now), (closed.AlertId, closed.Kind, closed.Reason, closed.ClosedAt));
        var stored = Assert.Single(await factory.AlertsAsync(pair.PairId));
        Assert.Equal((AlertState.Closed, "resolved"), (stored.State, stored.CloseReason));
    }

    [Fact]
    public async Task An_answered_concern_and_a_completed_survey_close_their_alerts()
    {
        var programmeId = await ProgrammeAsync();
        var pair = await ActiveWithPlanAsync(programmeId);
        var concernId = Guid.NewGuid();
        var surveyId = Guid.NewGuid();
        await factory.PublishAsync(new ConcernRaised(concernId, programmeId, pair.PairId, factory.Now));
        await factory.PublishAsync(new SurveyAssigned(surveyId, programmeId, pair.PairId, pair.MentorId, "mid-term", factory.Now));
        await factory.WaitUntilAsync(db => db.Concerns.AnyAsync(c => c.ConcernId == concernId));
        await factory.WaitUntilAsync(db => db.Surveys.AnyAsync(s => s.SurveyId == surveyId));
        factory.Clock.Advance(TimeSpan.FromDays(15));
        await factory.RunAlertsAsync();
        var raisedKinds = (await factory.RaisedAsync(pair.PairId)).Select(e => e.Kind).ToList();

        await factory.PublishAsync(new ConcernAcknowledged(concernId, programmeId, pair.PairId, factory.Now));
        await factory.PublishAsync(new SurveyCompleted(surveyId, programmeId, pair.PairId, pair.MentorId, factory.Now));
        await factory.WaitUntilAsync(db => db.Concerns.AnyAsync(c => c.ConcernId == concernId && c.AcknowledgedAt != null));
        await factory.WaitUntilAsync(db => db.Surveys.AnyAsync(s => s.SurveyId == surveyId && s.CompletedAt != null));
        await factory.RunAlertsAsync();

        Assert.Contains(AlertKinds.ConcernUnanswered, raisedKinds);
        Assert.Contains(AlertKinds.SurveyPending, raisedKinds);
        var closed = await factory.ClosedAsync(pair.PairId);
        Assert.Equal(
            [(AlertKinds.ConcernUnanswered, "resolved"), (AlertKinds.SurveyPending, "resolved")],
            closed.Select(e => (e.Kind, e.Reason)).Order());
    }

    [Fact]
    public async Task Closing_the_pair_closes_its_alerts()
    {
        var pair = await (await PairHarness.ProposeAsync(factory, await ProgrammeAsync())).ActiveAsync();
        factory.Clock.Advance(TimeSpan.FromDays(31));
        await factory.RunAlertsAsync();

        await PairHarness.ExpectAsync(pair.Coordinator.PostAsJsonAsync($"{pair.Url}/close", new { outcome = "job" }), HttpStatusCode.OK);
        await factory.RunAlertsAsync();

        var raised = await factory.RaisedAsync(pair.PairId);
        var closed = await factory.ClosedAsync(pair.PairId);
        Assert.Equal([AlertKinds.ActionPlanMissing, AlertKinds.BehindCadence], raised.Select(e => e.Kind).Order());
        Assert.Equal(raised.Select(e => e.AlertId).Order(), closed.Select(e => e.AlertId).Order());
        Assert.All(closed, e => Assert.Equal("pair-closed", e.Reason));
        Assert.All(await factory.AlertsAsync(pair.PairId), a => Assert.Equal(AlertState.Closed, a.State));
    }

    [Fact]
    public async Task Two_schedulers_on_the_same_tick_evaluate_once()
    {
        var pair = await PairHarness.ProposeAsync(factory);
        factory.Clock.Advance(TimeSpan.FromDays(8));

        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => factory.RunAlertsAsync(onlyIfDue: true)));
        var again = await factory.RunAlertsAsync(onlyIfDue: true);

        Assert.Single(runs, run => run is not null);
        Assert.Null(again);
        Assert.Single(await factory.RaisedAsync(pair.PairId));
    }

    [Fact]
    public async Task A_survey_completed_before_its_assignment_arrives_is_not_pending()
    {
        var programmeId = await ProgrammeAsync();
        var pair = await ActiveWithPlanAsync(programmeId);
        var surveyId = Guid.NewGuid();

        await factory.PublishAsync(new SurveyCompleted(surveyId, programmeId, pair.PairId, pair.MenteeId, factory.Now));
        await factory.WaitUntilAsync(db => db.Surveys.AnyAsync(s => s.SurveyId == surveyId));
        await factory.PublishAsync(new SurveyAssigned(surveyId, programmeId, pair.PairId, pair.MenteeId, "mid-term", factory.Now.AddHours(-1)));
        await factory.WaitUntilAsync(db => db.Surveys.AnyAsync(s => s.SurveyId == surveyId && s.AssignedAt != null));
        factory.Clock.Advance(TimeSpan.FromDays(15));
        await factory.RunAlertsAsync();

        Assert.DoesNotContain(AlertKinds.SurveyPending, (await factory.RaisedAsync(pair.PairId)).Select(e => e.Kind));
    }
}
