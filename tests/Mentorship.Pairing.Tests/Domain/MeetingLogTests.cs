using Mentorship.Pairing.Domain;
using Mentorship.ServiceDefaults.Transitions;

namespace Mentorship.Pairing.Tests.Domain;

public sealed class MeetingLogTests
{
    private static readonly DateOnly ActivatedOn = DateOnly.FromDateTime(Pairs.ActivatedAt.UtcDateTime);

    [Fact]
    public void A_meeting_of_an_active_pair_is_counted_with_its_date()
    {
        var pair = Pairs.Active();
        var meeting = Pairs.Meeting(pair, ActivatedOn.AddDays(10), dimensions: [MeetingDimension.Professional, MeetingDimension.Personal]);

        var result = pair.LogMeeting(meeting);

        Assert.True(result.Changed);
        Assert.Same(meeting, pair.Meetings.Single());
        Assert.Equal(1, pair.MeetingsHeld);
        Assert.Equal(ActivatedOn.AddDays(10), pair.LastMeetingOn);
    }

    [Fact]
    public void A_meeting_logged_late_does_not_move_the_last_meeting_back()
    {
        var pair = Pairs.Active();
        pair.LogMeeting(Pairs.Meeting(pair, ActivatedOn.AddDays(20)));

        pair.LogMeeting(Pairs.Meeting(pair, ActivatedOn.AddDays(5)));

        Assert.Equal(2, pair.MeetingsHeld);
        Assert.Equal(ActivatedOn.AddDays(20), pair.LastMeetingOn);
    }

    [Fact]
    public void The_same_meeting_submitted_twice_is_logged_once()
    {
        var pair = Pairs.Active();
        var first = Pairs.Meeting(pair, ActivatedOn.AddDays(3), 60, "Café", MeetingDimension.Personal, MeetingDimension.Academic);
        var again = Pairs.Meeting(pair, ActivatedOn.AddDays(3), 60, "Café", MeetingDimension.Academic, MeetingDimension.Personal);
        pair.LogMeeting(first);

        var result = pair.LogMeeting(again);

        Assert.Equal(TransitionResult.AlreadySo, result);
        Assert.Equal(1, pair.MeetingsHeld);
    }

    [Fact]
    public void Two_meetings_on_one_day_that_differ_are_both_logged()
    {
        var pair = Pairs.Active();
        pair.LogMeeting(Pairs.Meeting(pair, ActivatedOn.AddDays(3), 60));

        var result = pair.LogMeeting(Pairs.Meeting(pair, ActivatedOn.AddDays(3), 30));

        Assert.True(result.Changed);
        Assert.Equal(2, pair.MeetingsHeld);
    }

    [Fact]
    public void A_meeting_before_the_pair_became_active_is_an_invalid_date()
    {
        var pair = Pairs.Active();

        var result = pair.LogMeeting(Pairs.Meeting(pair, ActivatedOn.AddDays(-2)));

        Assert.Equal("date", result.InvalidField);
        Assert.Contains(ActivatedOn.ToString("yyyy-MM-dd"), result.Refusal);
        Assert.Empty(pair.Meetings);
    }

    [Fact]
    public void Meetings_are_logged_only_while_the_pair_is_active()
    {
        var contracting = Pairs.Contracting();
        var closed = Pairs.Active();
        closed.Close(PairOutcome.TermReached, null, closed.MentorId, Pairs.ActivatedAt.AddMonths(6));

        Assert.Contains("contracting", contracting.LogMeeting(Pairs.Meeting(contracting, ActivatedOn)).Refusal);
        Assert.Contains("closed", closed.LogMeeting(Pairs.Meeting(closed, ActivatedOn.AddDays(7))).Refusal);
        Assert.Equal(0, closed.MeetingsHeld);
    }

    [Fact]
    public void A_meeting_of_another_pair_is_a_programming_error()
    {
        var pair = Pairs.Active();
        var other = Pairs.Active();

        Assert.Throws<ArgumentException>(() => pair.LogMeeting(Pairs.Meeting(other, ActivatedOn.AddDays(1))));
    }
}
