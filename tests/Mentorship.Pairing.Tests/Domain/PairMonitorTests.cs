using Mentorship.Pairing.Domain;

namespace Mentorship.Pairing.Tests.Domain;

public sealed class PairMonitorTests
{
    private static readonly DateTimeOffset ActivatedAt = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly ActivatedOn = new(2026, 1, 15);

    /// <summary>mentoryou: two meetings a month for six months, alert after three weeks without a meeting.</summary>
    private static readonly ProgrammeCadence MentorYou = new()
    {
        ProgrammeId = Guid.NewGuid(),
        TemplateId = "mentoryou",
        MeetingsPerMonth = 2,
        DurationMonths = 6,
        AlertAfterWeeksWithoutMeeting = 3,
    };

    private static PairFacts Active(int meetingsHeld = 0, DateOnly? lastMeetingOn = null, DateTimeOffset? lastMessageAt = null) => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), PairStatus.Active, ActivatedAt.AddDays(-20), ActivatedAt, null, null,
        meetingsHeld, lastMeetingOn, lastMessageAt, 0, 0);

    private static PairFacts Proposed(DateTimeOffset proposedAt) => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), PairStatus.Proposed, proposedAt, null, null, null, 0, null, null, 0, 0);

    private static DateTimeOffset On(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    [Fact]
    public void A_proposal_unanswered_for_more_than_two_weeks_awaits_the_mentor()
    {
        var proposedAt = new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);

        var fourteenDays = PairMonitor.Assess(Proposed(proposedAt), MentorYou, proposedAt.AddDays(14));
        var later = PairMonitor.Assess(Proposed(proposedAt), MentorYou, proposedAt.AddDays(14).AddMinutes(1));

        Assert.Empty(fourteenDays.Alerts);
        Assert.Equal([MonitoringAlerts.AwaitingMentorDecision], later.Alerts);
        Assert.True(later.AtRisk);
    }

    [Fact]
    public void A_proposal_awaits_the_mentor_even_before_the_programme_is_known()
    {
        var proposedAt = new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);

        var assessment = PairMonitor.Assess(Proposed(proposedAt), cadence: null, proposedAt.AddDays(30));

        Assert.Equal([MonitoringAlerts.AwaitingMentorDecision], assessment.Alerts);
        Assert.Null(assessment.MeetingsExpected);
        Assert.Null(assessment.TermOn);
    }

    [Fact]
    public void An_active_pair_without_a_meeting_for_the_programme_s_weeks_is_alerted_with_that_number()
    {
        var justBefore = PairMonitor.Assess(Active(), MentorYou, On(ActivatedOn.AddDays(20)));
        var threeWeeks = PairMonitor.Assess(Active(), MentorYou, On(ActivatedOn.AddDays(21)));

        Assert.Empty(justBefore.Alerts);
        Assert.Equal(["no-meeting-for-3-weeks"], threeWeeks.Alerts);
    }

    [Fact]
    public void A_meeting_restarts_the_count_of_weeks_without_one()
    {
        var pair = Active(meetingsHeld: 1, lastMeetingOn: ActivatedOn.AddDays(14));

        var assessment = PairMonitor.Assess(pair, MentorYou, On(ActivatedOn.AddDays(30)));

        Assert.DoesNotContain("no-meeting-for-3-weeks", assessment.Alerts);
    }

    [Fact]
    public void A_message_is_contact_but_not_a_meeting()
    {
        var pair = Active(lastMessageAt: On(ActivatedOn.AddDays(20)));

        var assessment = PairMonitor.Assess(pair, MentorYou, On(ActivatedOn.AddDays(22)));

        Assert.Equal(ActivatedOn.AddDays(20), assessment.LastContactOn);
        Assert.Contains("no-meeting-for-3-weeks", assessment.Alerts);
    }

    [Fact]
    public void The_last_contact_is_the_later_of_the_last_meeting_and_the_last_message()
    {
        var meetingLater = Active(1, ActivatedOn.AddDays(9), On(ActivatedOn.AddDays(4)));
        var messageLater = Active(1, ActivatedOn.AddDays(9), On(ActivatedOn.AddDays(12)));
        var now = On(ActivatedOn.AddDays(13));

        Assert.Equal(ActivatedOn.AddDays(9), PairMonitor.Assess(meetingLater, MentorYou, now).LastContactOn);
        Assert.Equal(ActivatedOn.AddDays(12), PairMonitor.Assess(messageLater, MentorYou, now).LastContactOn);
        Assert.Null(PairMonitor.Assess(Active(), MentorYou, now).LastContactOn);
    }

    [Fact]
    public void Meetings_are_expected_per_whole_month_since_activation()
    {
        var pair = Active(meetingsHeld: 1, lastMeetingOn: ActivatedOn.AddDays(10));

        var firstMonth = PairMonitor.Assess(pair, MentorYou, On(new DateOnly(2026, 2, 14)));
        var oneMonth = PairMonitor.Assess(pair, MentorYou, On(new DateOnly(2026, 2, 15)));

        Assert.Equal(0, firstMonth.MeetingsExpected);
        Assert.DoesNotContain(MonitoringAlerts.BehindCadence, firstMonth.Alerts);
        Assert.Equal(2, oneMonth.MeetingsExpected);
        Assert.Contains(MonitoringAlerts.BehindCadence, oneMonth.Alerts);
    }

    [Fact]
    public void A_pair_meeting_at_the_programme_s_cadence_is_not_behind()
    {
        var pair = Active(meetingsHeld: 4, lastMeetingOn: new DateOnly(2026, 3, 10));

        var assessment = PairMonitor.Assess(pair, MentorYou, On(new DateOnly(2026, 3, 20)));

        Assert.Equal(4, assessment.MeetingsExpected);
        Assert.Empty(assessment.Alerts);
    }

    [Fact]
    public void The_term_is_the_activation_date_plus_the_programme_s_duration()
    {
        var assessment = PairMonitor.Assess(Active(), MentorYou, On(ActivatedOn));

        Assert.Equal(new DateOnly(2026, 7, 15), assessment.TermOn);
    }

    [Fact]
    public void The_term_is_announced_four_weeks_ahead_and_flagged_once_passed()
    {
        var pair = Active(meetingsHeld: 12, lastMeetingOn: new DateOnly(2026, 6, 10));
        var term = new DateOnly(2026, 7, 15);

        var fiveWeeksBefore = PairMonitor.Assess(pair, MentorYou, On(term.AddDays(-29)));
        var fourWeeksBefore = PairMonitor.Assess(pair, MentorYou, On(term.AddDays(-28)));
        var onTheTerm = PairMonitor.Assess(pair with { LastMeetingOn = term }, MentorYou, On(term));

        Assert.Empty(fiveWeeksBefore.Alerts);
        Assert.Equal([MonitoringAlerts.TermApproaching], fourWeeksBefore.Alerts);
        Assert.Equal([MonitoringAlerts.TermPassed], onTheTerm.Alerts);
    }

    [Fact]
    public void Expected_meetings_stop_at_the_programme_s_duration()
    {
        var pair = Active(meetingsHeld: 12, lastMeetingOn: new DateOnly(2026, 9, 1));

        var assessment = PairMonitor.Assess(pair, MentorYou, On(new DateOnly(2026, 9, 10)));

        Assert.Equal(12, assessment.MeetingsExpected);
        Assert.DoesNotContain(MonitoringAlerts.BehindCadence, assessment.Alerts);
    }

    [Fact]
    public void A_closed_pair_raises_no_alert_and_counts_expected_meetings_until_its_closure()
    {
        var pair = Active(meetingsHeld: 1) with
        {
            Status = PairStatus.Closed,
            ClosedAt = On(new DateOnly(2026, 3, 20)),
            Outcome = PairOutcome.Job,
        };

        var assessment = PairMonitor.Assess(pair, MentorYou, On(new DateOnly(2026, 12, 1)));

        Assert.Equal(4, assessment.MeetingsExpected);
        Assert.Empty(assessment.Alerts);
    }

    [Fact]
    public void Without_the_programme_s_cadence_an_active_pair_has_no_expectations_and_no_alerts()
    {
        var assessment = PairMonitor.Assess(Active(), cadence: null, On(ActivatedOn.AddDays(200)));

        Assert.Null(assessment.MeetingsExpected);
        Assert.Null(assessment.TermOn);
        Assert.Empty(assessment.Alerts);
    }

    [Fact]
    public void Several_alerts_are_reported_together()
    {
        var assessment = PairMonitor.Assess(Active(), MentorYou, On(new DateOnly(2026, 7, 1)));

        Assert.Equal(["no-meeting-for-3-weeks", MonitoringAlerts.BehindCadence, MonitoringAlerts.TermApproaching], assessment.Alerts);
    }

    [Theory]
    [InlineData("2026-01-31", "2026-02-27", 0)]
    [InlineData("2026-01-31", "2026-02-28", 1)]
    [InlineData("2026-01-15", "2026-02-14", 0)]
    [InlineData("2026-01-15", "2026-02-15", 1)]
    [InlineData("2026-01-15", "2027-01-15", 12)]
    [InlineData("2026-01-15", "2026-01-01", 0)]
    public void Whole_months_count_calendar_months_fully_elapsed(string start, string until, int expected) =>
        Assert.Equal(expected, PairMonitor.WholeMonths(DateOnly.Parse(start), DateOnly.Parse(until)));
}
