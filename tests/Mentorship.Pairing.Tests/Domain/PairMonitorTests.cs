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
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, PairStatus.Active, ActivatedAt.AddDays(-20), ActivatedAt, null, null,
        meetingsHeld, lastMeetingOn, lastMessageAt, 0, 0);

    private static PairFacts Proposed(DateTimeOffset proposedAt) => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, PairStatus.Proposed, proposedAt, null, null, null, 0, null, null, 0, 0);

    private static DateTimeOffset On(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    [Fact]
    public void A_proposal_has_no_expectations_before_it_is_active()
    {
        var proposedAt = new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);

        var assessment = PairMonitor.Assess(Proposed(proposedAt), MentorYou, proposedAt.AddDays(30));

        Assert.Null(assessment.MeetingsExpected);
        Assert.Null(assessment.TermOn);
    }

    [Fact]
    public void A_message_is_contact()
    {
        var pair = Active(lastMessageAt: On(ActivatedOn.AddDays(20)));

        var assessment = PairMonitor.Assess(pair, MentorYou, On(ActivatedOn.AddDays(22)));

        Assert.Equal(ActivatedOn.AddDays(20), assessment.LastContactOn);
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
        Assert.Equal(2, oneMonth.MeetingsExpected);
    }

    [Fact]
    public void Two_whole_months_expect_four_meetings()
    {
        var pair = Active(meetingsHeld: 4, lastMeetingOn: new DateOnly(2026, 3, 10));

        var assessment = PairMonitor.Assess(pair, MentorYou, On(new DateOnly(2026, 3, 20)));

        Assert.Equal(4, assessment.MeetingsExpected);
    }

    [Fact]
    public void The_term_is_the_activation_date_plus_the_programme_s_duration()
    {
        var assessment = PairMonitor.Assess(Active(), MentorYou, On(ActivatedOn));

        Assert.Equal(new DateOnly(2026, 7, 15), assessment.TermOn);
    }

    [Fact]
    public void Expected_meetings_stop_at_the_programme_s_duration()
    {
        var pair = Active(meetingsHeld: 12, lastMeetingOn: new DateOnly(2026, 9, 1));

        var assessment = PairMonitor.Assess(pair, MentorYou, On(new DateOnly(2026, 9, 10)));

        Assert.Equal(12, assessment.MeetingsExpected);
    }

    [Fact]
    public void A_closed_pair_counts_expected_meetings_until_its_closure()
    {
        var pair = Active(meetingsHeld: 1) with
        {
            Status = PairStatus.Closed,
            ClosedAt = On(new DateOnly(2026, 3, 20)),
            Outcome = PairOutcome.Job,
        };

        var assessment = PairMonitor.Assess(pair, MentorYou, On(new DateOnly(2026, 12, 1)));

        Assert.Equal(4, assessment.MeetingsExpected);
    }

    [Fact]
    public void Without_the_programme_s_cadence_an_active_pair_has_no_expectations()
    {
        var assessment = PairMonitor.Assess(Active(), cadence: null, On(ActivatedOn.AddDays(200)));

        Assert.Null(assessment.MeetingsExpected);
        Assert.Null(assessment.TermOn);
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
