using Mentorship.Pairing.Contracts;
using Mentorship.Pairing.Domain;

namespace Mentorship.Pairing.Tests.Domain;

public sealed class PairingEventsTests
{
    [Fact]
    public void The_mentor_s_decline_is_announced_without_its_reason()
    {
        var pair = Pairs.Proposed();
        pair.DecideAsMentor(accept: false, "Personal reasons.", Pairs.AcceptedAt);

        var declined = PairingEvents.Declined(pair);

        Assert.Equal(new MentorDeclined(pair.Id, pair.ProgrammeId, pair.MenteeId, pair.MentorId, Pairs.AcceptedAt), declined);
    }

    [Fact]
    public void An_unfit_first_meeting_is_announced_with_fit_false()
    {
        var pair = Pairs.Introduced();
        pair.RecordFirstMeeting(Pairs.FirstMeetingOn, fit: false, "Private notes.", pair.MenteeId, Pairs.AcceptedAt.AddDays(9));

        var held = PairingEvents.FirstMeetingHeld(pair);

        Assert.Equal(new FirstMeetingHeld(pair.Id, pair.ProgrammeId, pair.MenteeId, pair.MentorId, Pairs.FirstMeetingOn, false), held);
    }

    [Fact]
    public void A_meeting_is_announced_with_its_dimensions_in_kebab_case_and_without_its_place()
    {
        var pair = Pairs.Active();
        var meeting = Pairs.Meeting(pair, new DateOnly(2026, 4, 2), 75, "Secret place", MeetingDimension.Professional, MeetingDimension.Academic);
        pair.LogMeeting(meeting);

        var logged = PairingEvents.MeetingLogged(pair, meeting);

        Assert.Equal((pair.Id, pair.ProgrammeId, meeting.Id, new DateOnly(2026, 4, 2), 75), (logged.PairId, logged.ProgrammeId, logged.MeetingId, logged.Date, logged.DurationMinutes));
        Assert.Equal(["professional", "academic"], logged.Dimensions);
    }

    [Fact]
    public void A_closure_is_announced_with_the_outcome_code_the_activation_and_the_meetings_held()
    {
        var pair = Pairs.Active();
        pair.LogMeeting(Pairs.Meeting(pair, new DateOnly(2026, 4, 2)));
        pair.LogMeeting(Pairs.Meeting(pair, new DateOnly(2026, 4, 16)));
        var closedAt = new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
        pair.Close(PairOutcome.BusinessCreation, "Notes stay here.", pair.MentorId, closedAt);

        var closed = PairingEvents.Closed(pair);

        Assert.Equal(
            new PairClosed(pair.Id, pair.ProgrammeId, pair.MenteeId, pair.MentorId, "business-creation", Pairs.ActivatedAt, closedAt, 2),
            closed);
    }

    [Fact]
    public void A_dropout_before_activation_is_announced_without_an_activation_date()
    {
        var pair = Pairs.Contracting();
        pair.Close(PairOutcome.DropoutMentee, null, pair.MenteeId, Pairs.ActivatedAt);

        var closed = PairingEvents.Closed(pair);

        Assert.Equal("dropout-mentee", closed.Outcome);
        Assert.Null(closed.ActivatedAt);
        Assert.Equal(0, closed.MeetingsHeld);
    }
}
