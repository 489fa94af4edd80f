using Mentorship.Pairing.Apis;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Domain;
using Mentorship.Pairing.Tests.Domain;

namespace Mentorship.Pairing.Tests.Apis;

public sealed class PairViewTests
{
    private static readonly PairAudience Mentee = new(PairMember.Mentee, IsCoordinator: false, IsReferent: false);
    private static readonly PairAudience Mentor = new(PairMember.Mentor, IsCoordinator: false, IsReferent: false);
    private static readonly PairAudience Coordinator = new(null, IsCoordinator: true, IsReferent: false);
    private static readonly PairAudience Referent = new(null, IsCoordinator: false, IsReferent: true);

    private static Pair ClosedPairWithEverything()
    {
        var pair = Pairs.Active();
        pair.SetActionPlan(
            [new GoalDraft(null, "Find an internship", "In a lab", null, GoalStatus.Done), new GoalDraft(null, "Learn Dutch", null, null, GoalStatus.Open)],
            pair.MenteeId,
            Pairs.ActivatedAt.AddDays(1));
        pair.LogMeeting(Pairs.Meeting(pair, new DateOnly(2026, 4, 2), 90, "Mentor's office", MeetingDimension.Personal));
        pair.Close(PairOutcome.Internship, "Internship at the lab.", pair.MentorId, Pairs.ActivatedAt.AddMonths(3));
        return pair;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Staff_see_that_meetings_happened_and_how_far_the_goals_are_but_nothing_said_and_only_the_referent_the_plan(bool coordinator)
    {
        var pair = ClosedPairWithEverything();

        var view = PairView.From(pair, coordinator ? Coordinator : Referent);

        Assert.Null(view.FirstMeeting!.Notes);
        Assert.Equal(!coordinator, view.ActionPlan is not null);
        Assert.Equal(new GoalsProgress(1, 2), view.GoalsProgress);
        var meeting = Assert.Single(view.Meetings);
        Assert.Null(meeting.Place);
        Assert.Equal((new DateOnly(2026, 4, 2), 90), (meeting.Date, meeting.DurationMinutes));
        Assert.Equal([MeetingDimension.Personal], meeting.Dimensions);
        Assert.Equal(PairOutcome.Internship, view.Closure!.Outcome);
    }

    [Fact]
    public void Members_see_the_action_plan_the_places_and_their_first_meeting_notes()
    {
        var pair = ClosedPairWithEverything();

        var view = PairView.From(pair, Mentee);

        Assert.Equal("We get on well.", view.FirstMeeting!.Notes);
        Assert.Equal(["Find an internship", "Learn Dutch"], view.ActionPlan!.Goals.Select(g => g.Title));
        Assert.Equal("Mentor's office", view.Meetings.Single().Place);
        Assert.Equal("Internship at the lab.", view.Closure!.Notes);
    }

    [Fact]
    public void Closing_notes_are_shown_to_coordinators_but_not_to_referents()
    {
        var pair = ClosedPairWithEverything();

        Assert.Equal("Internship at the lab.", PairView.From(pair, Coordinator).Closure!.Notes);
        Assert.Null(PairView.From(pair, Referent).Closure!.Notes);
    }

    [Fact]
    public void A_decline_reason_is_shown_to_the_mentor_who_gave_it_and_to_coordinators_only()
    {
        var pair = Pairs.Proposed();
        pair.DecideAsMentor(accept: false, "Too far from my office.", Pairs.AcceptedAt);

        Assert.Equal("Too far from my office.", PairView.From(pair, Mentor).MentorDecision!.Reason);
        Assert.Equal("Too far from my office.", PairView.From(pair, Coordinator).MentorDecision!.Reason);
        Assert.Null(PairView.From(pair, Mentee).MentorDecision!.Reason);
        Assert.Null(PairView.From(pair, Referent).MentorDecision!.Reason);
        Assert.False(PairView.From(pair, Mentee).MentorDecision!.Accepted);
    }

    [Fact]
    public void Meetings_are_listed_most_recent_first()
    {
        var pair = Pairs.Active();
        pair.LogMeeting(Pairs.Meeting(pair, new DateOnly(2026, 4, 2)));
        pair.LogMeeting(Pairs.Meeting(pair, new DateOnly(2026, 5, 7)));
        pair.LogMeeting(Pairs.Meeting(pair, new DateOnly(2026, 4, 20)));

        var view = PairView.From(pair, Mentor);

        Assert.Equal([new DateOnly(2026, 5, 7), new DateOnly(2026, 4, 20), new DateOnly(2026, 4, 2)], view.Meetings.Select(m => m.Date));
    }
}
