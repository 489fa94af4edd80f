using System.Net;
using Mentorship.Evaluation.Contracts;
using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Messaging.Domain.Threads;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Tests.Integration;

public sealed class PairingEventsTests(MessagingFactory factory) : IClassFixture<MessagingFactory>
{
    [Fact]
    public async Task A_proposal_opens_the_thread_for_both_members_and_notifies_the_mentor_once_even_if_delivered_twice()
    {
        var pair = PairScenario.New(factory);
        var proposed = pair.Proposed;

        await factory.PublishAsync(proposed);
        await factory.PublishAsync(proposed);
        // Another proposal behind both copies in the same queue: once it is applied, so are they.
        await PairScenario.New(factory).OpenAsync();

        var thread = await pair.ThreadAsync(_ => true);
        Assert.Equal(pair.ProgrammeId, thread.ProgrammeId);
        Assert.False(thread.ReadOnly);
        var members = await factory.QueryAsync<MessagingDbContext, List<ThreadMember>>(
            db => db.ThreadMembers.AsNoTracking().Where(m => m.PairId == pair.PairId).OrderBy(m => m.Role).ToListAsync());
        Assert.Equal([(pair.Mentee.PersonId, ThreadRole.Mentee), (pair.Mentor.PersonId, ThreadRole.Mentor)], members.Select(m => (m.PersonId, m.Role)));
        var notified = await pair.NotificationsAsync(pair.Mentor, NotificationKind.MenteeProposed);
        Assert.Single(notified);
        Assert.Equal(pair.PairId, notified[0].PairId);
    }

    [Fact]
    public async Task An_acceptance_seen_before_its_proposal_still_opens_the_thread_and_notifies_both_in_turn()
    {
        var pair = PairScenario.New(factory);

        await factory.PublishAsync(pair.Accepted);
        var thread = await pair.ThreadAsync(_ => true);
        await pair.NotificationsAsync(pair.Mentee, NotificationKind.MentorAccepted);
        await factory.PublishAsync(pair.Proposed);
        await pair.NotificationsAsync(pair.Mentor, NotificationKind.MenteeProposed);

        Assert.Equal([pair.Mentee.PersonId, pair.Mentor.PersonId], new[] { thread.MenteeId, thread.MentorId });
    }

    [Fact]
    public async Task A_declined_proposal_makes_the_thread_read_only_and_tells_the_mentee_a_new_match_is_sought()
    {
        var pair = await PairScenario.New(factory).OpenAsync();

        await factory.PublishAsync(pair.Declined);

        var thread = await pair.ThreadAsync(t => t.ReadOnly);
        Assert.Equal(ThreadClosure.MentorDeclined, thread.Closure);
        await pair.NotificationsAsync(pair.Mentee, NotificationKind.NewMatchSought);
        var refused = await pair.Client(pair.Mentee).PostJsonAsync(pair.Messages, new { text = "Still there?" });
        Assert.Contains("mentor declined", (await refused.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_mentee_s_confirmation_is_told_to_the_mentor_once_and_the_thread_stays_open()
    {
        var pair = await PairScenario.New(factory).OpenAsync();

        await factory.PublishAsync(pair.Confirmed);
        await factory.PublishAsync(pair.Confirmed);
        await PairScenario.New(factory).OpenAsync();

        Assert.Single(await pair.NotificationsAsync(pair.Mentor, NotificationKind.MenteeConfirmed));
        var toMentee = await factory.QueryAsync<MessagingDbContext, int>(
            db => db.Notifications.CountAsync(n => n.PairId == pair.PairId && n.RecipientId == pair.Mentee.PersonId && n.Kind == NotificationKind.MenteeConfirmed));
        Assert.Equal(0, toMentee);
        Assert.False((await pair.ThreadAsync(_ => true)).ReadOnly);
    }

    [Fact]
    public async Task A_mentee_s_decline_closes_the_thread_saying_so_and_tells_both_members()
    {
        var pair = await PairScenario.New(factory).OpenAsync();

        await factory.PublishAsync(pair.DeclinedByMentee);

        var thread = await pair.ThreadAsync(t => t.ReadOnly);
        Assert.Equal(ThreadClosure.MenteeDeclined, thread.Closure);
        Assert.Single(await pair.NotificationsAsync(pair.Mentor, NotificationKind.MenteeDeclined));
        await pair.NotificationsAsync(pair.Mentee, NotificationKind.NewMatchSought);
        var refused = await pair.Client(pair.Mentor).PostJsonAsync(pair.Messages, new { text = "Why?" });
        Assert.Contains("mentee declined", (await refused.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_first_meeting_that_did_not_fit_closes_the_thread_and_one_that_fit_leaves_it_open()
    {
        var fitting = await PairScenario.New(factory).OpenAsync();
        var unfit = await PairScenario.New(factory).OpenAsync();

        await factory.PublishAsync(fitting.FirstMeeting(fit: true));
        await factory.PublishAsync(unfit.FirstMeeting(fit: false));

        var closed = await unfit.ThreadAsync(t => t.ReadOnly);
        Assert.Equal(ThreadClosure.NotAFit, closed.Closure);
        await unfit.NotificationsAsync(unfit.Mentee, NotificationKind.NewMatchSought);
        var open = await fitting.ThreadAsync(_ => true);
        Assert.False(open.ReadOnly);
    }

    [Fact]
    public async Task An_activated_pair_notifies_both_members()
    {
        var pair = await PairScenario.New(factory).OpenAsync();

        await factory.PublishAsync(pair.Activated);

        Assert.Single(await pair.NotificationsAsync(pair.Mentee, NotificationKind.PairActivated));
        Assert.Single(await pair.NotificationsAsync(pair.Mentor, NotificationKind.PairActivated));
    }

    [Fact]
    public async Task A_closed_pair_keeps_its_thread_readable_but_refuses_new_messages_and_notifies_both()
    {
        var pair = await PairScenario.New(factory).OpenAsync();
        (await pair.Client(pair.Mentee).PostJsonAsync(pair.Messages, new { text = "Thank you for everything." }))
            .EnsureSuccessStatusCode();

        await factory.PublishAsync(pair.Closed);

        await pair.ThreadAsync(t => t.Closure == ThreadClosure.PairClosed);
        await pair.NotificationsAsync(pair.Mentee, NotificationKind.PairClosed);
        await pair.NotificationsAsync(pair.Mentor, NotificationKind.PairClosed);
        var page = await (await pair.Client(pair.Mentor).GetAsync(pair.Messages)).ReadAsync<MessagePage>();
        Assert.True(page.ReadOnly);
        Assert.Equal(["Thank you for everything."], page.Items.Select(m => m.Text));
        var refused = await pair.Client(pair.Mentor).PostJsonAsync(pair.Messages, new { text = "One more thing" });
        Assert.Contains("closed", (await refused.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_assigned_survey_tells_the_respondent_an_evaluation_awaits()
    {
        var pair = PairScenario.New(factory);
        var surveyId = Guid.NewGuid();

        await factory.PublishAsync(new SurveyAssigned(surveyId, pair.ProgrammeId, pair.PairId, pair.Mentee.PersonId, "closure", DateTimeOffset.UtcNow));

        var notified = await pair.NotificationsAsync(pair.Mentee, NotificationKind.SurveyAssigned);
        Assert.Equal(surveyId, Assert.Single(notified).SurveyId);
        var list = await (await pair.Client(pair.Mentee).GetAsync("/api/me/notifications")).ReadAsync<NotificationPage>();
        var shown = Assert.Single(list.Items, n => n.SurveyId == surveyId);
        Assert.Equal("An evaluation awaits you", shown.Title);
    }
}
