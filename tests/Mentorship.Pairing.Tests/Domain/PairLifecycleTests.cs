using Mentorship.Pairing.Domain;
using Mentorship.ServiceDefaults.Transitions;

namespace Mentorship.Pairing.Tests.Domain;

public sealed class PairLifecycleTests
{
    private static readonly DateTimeOffset Later = Pairs.ActivatedAt.AddDays(30);

    [Fact]
    public void A_proposal_opens_a_pair_awaiting_the_mentor()
    {
        var pair = Pairs.Proposed();

        Assert.Equal(PairStatus.Proposed, pair.Status);
        Assert.Equal(Pairs.ProposedAt, pair.ProposedAt);
        Assert.Equal(PairMember.Mentee, pair.MemberOf(pair.MenteeId));
        Assert.Equal(PairMember.Mentor, pair.MemberOf(pair.MentorId));
        Assert.Null(pair.MemberOf(Guid.NewGuid()));
    }

    [Fact]
    public void Accepting_introduces_the_pair()
    {
        var pair = Pairs.Proposed();

        var result = pair.DecideAsMentor(accept: true, reason: null, Pairs.AcceptedAt);

        Assert.True(result.Changed);
        Assert.Equal(PairStatus.Introduced, pair.Status);
        Assert.Equal(Pairs.AcceptedAt, pair.AcceptedAt);
    }

    [Fact]
    public void Declining_ends_the_pair_and_keeps_the_reason()
    {
        var pair = Pairs.Proposed();

        var result = pair.DecideAsMentor(accept: false, "No time this semester.", Pairs.AcceptedAt);

        Assert.True(result.Changed);
        Assert.Equal(PairStatus.Declined, pair.Status);
        Assert.Equal(Pairs.AcceptedAt, pair.DeclinedAt);
        Assert.Equal("No time this semester.", pair.DeclineReason);
    }

    [Fact]
    public void Accepting_again_changes_nothing_even_after_the_pair_moved_on()
    {
        var introduced = Pairs.Introduced();
        var active = Pairs.Active();

        Assert.Equal(TransitionResult.AlreadySo, introduced.DecideAsMentor(accept: true, null, Later));
        Assert.Equal(TransitionResult.AlreadySo, active.DecideAsMentor(accept: true, null, Later));
        Assert.Equal(Pairs.AcceptedAt, introduced.AcceptedAt);
        Assert.Equal(PairStatus.Active, active.Status);
    }

    [Fact]
    public void Declining_again_changes_nothing()
    {
        var pair = Pairs.Proposed();
        pair.DecideAsMentor(accept: false, "First reason.", Pairs.AcceptedAt);

        var result = pair.DecideAsMentor(accept: false, "Second reason.", Later);

        Assert.Equal(TransitionResult.AlreadySo, result);
        Assert.Equal("First reason.", pair.DeclineReason);
        Assert.Equal(Pairs.AcceptedAt, pair.DeclinedAt);
    }

    [Fact]
    public void A_decision_is_not_reversed_and_the_refusal_names_the_status()
    {
        var accepted = Pairs.Introduced();
        var declined = Pairs.Proposed();
        declined.DecideAsMentor(accept: false, null, Pairs.AcceptedAt);

        var decline = accepted.DecideAsMentor(accept: false, null, Later);
        var accept = declined.DecideAsMentor(accept: true, null, Later);

        Assert.True(decline.Refused);
        Assert.Null(decline.InvalidField);
        Assert.Contains("introduced", decline.Refusal);
        Assert.True(accept.Refused);
        Assert.Contains("declined", accept.Refusal);
        Assert.Equal(PairStatus.Introduced, accepted.Status);
        Assert.Equal(PairStatus.Declined, declined.Status);
    }

    [Fact]
    public void A_first_meeting_that_fits_leads_to_the_contract()
    {
        var pair = Pairs.Introduced();

        var result = pair.RecordFirstMeeting(Pairs.FirstMeetingOn, fit: true, "Good start.", pair.MentorId, Later);

        Assert.True(result.Changed);
        Assert.Equal(PairStatus.Contracting, pair.Status);
        Assert.Equal(new FirstMeeting(Pairs.FirstMeetingOn, true, "Good start.", pair.MentorId, Later), pair.FirstMeeting);
    }

    [Fact]
    public void A_first_meeting_that_does_not_fit_ends_the_pair()
    {
        var pair = Pairs.Introduced();

        var result = pair.RecordFirstMeeting(Pairs.FirstMeetingOn, fit: false, null, pair.MenteeId, Later);

        Assert.True(result.Changed);
        Assert.Equal(PairStatus.NotAFit, pair.Status);
        Assert.False(pair.FirstMeeting!.Fit);
    }

    [Fact]
    public void The_first_meeting_waits_for_the_mentor_to_accept()
    {
        var pair = Pairs.Proposed();

        var result = pair.RecordFirstMeeting(Pairs.FirstMeetingOn, fit: true, null, pair.MenteeId, Later);

        Assert.True(result.Refused);
        Assert.Contains("proposed", result.Refusal);
        Assert.Null(pair.FirstMeeting);
    }

    [Fact]
    public void A_first_meeting_dated_before_the_acceptance_is_an_invalid_date()
    {
        var pair = Pairs.Introduced();
        var dayBeforeYesterday = DateOnly.FromDateTime(Pairs.AcceptedAt.UtcDateTime).AddDays(-2);

        var result = pair.RecordFirstMeeting(dayBeforeYesterday, fit: true, null, pair.MenteeId, Later);

        Assert.Equal("heldOn", result.InvalidField);
        Assert.Equal(PairStatus.Introduced, pair.Status);
    }

    [Fact]
    public void A_first_meeting_dated_the_day_before_the_acceptance_is_accepted_for_time_zones_west_of_utc()
    {
        var pair = Pairs.Introduced();
        var dayBefore = DateOnly.FromDateTime(Pairs.AcceptedAt.UtcDateTime).AddDays(-1);

        Assert.True(pair.RecordFirstMeeting(dayBefore, fit: true, null, pair.MenteeId, Later).Changed);
    }

    [Fact]
    public void Recording_the_same_first_meeting_outcome_again_changes_nothing_but_the_opposite_is_refused()
    {
        var pair = Pairs.Contracting();
        var recorded = pair.FirstMeeting;

        var same = pair.RecordFirstMeeting(Pairs.FirstMeetingOn.AddDays(1), fit: true, "Other notes.", pair.MentorId, Later);
        var opposite = pair.RecordFirstMeeting(Pairs.FirstMeetingOn, fit: false, null, pair.MentorId, Later);

        Assert.Equal(TransitionResult.AlreadySo, same);
        Assert.True(opposite.Refused);
        Assert.Contains("contracting", opposite.Refusal);
        Assert.Equal(recorded, pair.FirstMeeting);
        Assert.Equal(PairStatus.Contracting, pair.Status);
    }

    [Fact]
    public void One_signature_keeps_the_pair_contracting()
    {
        var pair = Pairs.Contracting();

        var result = pair.Sign(pair.MentorId, Later);

        Assert.True(result.Changed);
        Assert.Equal(PairStatus.Contracting, pair.Status);
        Assert.Equal(Later, pair.MentorSignedAt);
        Assert.Null(pair.MenteeSignedAt);
        Assert.Null(pair.ActivatedAt);
    }

    [Fact]
    public void Both_signatures_activate_the_pair_at_the_second()
    {
        var pair = Pairs.Contracting();
        pair.Sign(pair.MenteeId, Later);

        var result = pair.Sign(pair.MentorId, Later.AddHours(5));

        Assert.True(result.Changed);
        Assert.Equal(PairStatus.Active, pair.Status);
        Assert.Equal(Later.AddHours(5), pair.ActivatedAt);
    }

    [Fact]
    public void Signing_twice_changes_nothing()
    {
        var contracting = Pairs.Contracting();
        contracting.Sign(contracting.MenteeId, Later);
        var active = Pairs.Active();

        Assert.Equal(TransitionResult.AlreadySo, contracting.Sign(contracting.MenteeId, Later.AddDays(1)));
        Assert.Equal(TransitionResult.AlreadySo, active.Sign(active.MentorId, Later.AddDays(1)));
        Assert.Equal(Later, contracting.MenteeSignedAt);
        Assert.Equal(Pairs.ActivatedAt, active.ActivatedAt);
    }

    [Fact]
    public void Only_members_sign_and_only_while_contracting()
    {
        var contracting = Pairs.Contracting();
        var introduced = Pairs.Introduced();

        var stranger = contracting.Sign(Guid.NewGuid(), Later);
        var early = introduced.Sign(introduced.MenteeId, Later);

        Assert.True(stranger.Refused);
        Assert.True(early.Refused);
        Assert.Contains("introduced", early.Refusal);
        Assert.Null(introduced.MenteeSignedAt);
    }

    [Fact]
    public void An_active_pair_closes_with_any_outcome()
    {
        var pair = Pairs.Active();
        var closer = Guid.NewGuid();

        var result = pair.Close(PairOutcome.BusinessCreation, "Opened a bakery.", closer, Later);

        Assert.True(result.Changed);
        Assert.Equal(PairStatus.Closed, pair.Status);
        Assert.Equal(PairOutcome.BusinessCreation, pair.Outcome);
        Assert.Equal("Opened a bakery.", pair.ClosingNotes);
        Assert.Equal(closer, pair.ClosedBy);
        Assert.Equal(Later, pair.ClosedAt);
    }

    [Theory]
    [InlineData(PairOutcome.DropoutMentee)]
    [InlineData(PairOutcome.DropoutMentor)]
    public void A_pair_not_yet_active_closes_as_a_dropout(PairOutcome outcome)
    {
        var introduced = Pairs.Introduced();
        var contracting = Pairs.Contracting();

        Assert.True(introduced.Close(outcome, null, introduced.MentorId, Later).Changed);
        Assert.True(contracting.Close(outcome, null, contracting.MenteeId, Later).Changed);
        Assert.Equal(PairStatus.Closed, introduced.Status);
        Assert.Null(contracting.ActivatedAt);
    }

    [Fact]
    public void A_pair_not_yet_active_cannot_close_with_a_positive_outcome()
    {
        var pair = Pairs.Contracting();

        var result = pair.Close(PairOutcome.Job, null, pair.MenteeId, Later);

        Assert.True(result.Refused);
        Assert.Contains("contracting", result.Refusal);
        Assert.Equal(PairStatus.Contracting, pair.Status);
    }

    [Fact]
    public void Proposed_declined_and_unfit_pairs_are_not_closed()
    {
        var proposed = Pairs.Proposed();
        var declined = Pairs.Proposed();
        declined.DecideAsMentor(accept: false, null, Pairs.AcceptedAt);
        var unfit = Pairs.Introduced();
        unfit.RecordFirstMeeting(Pairs.FirstMeetingOn, fit: false, null, unfit.MenteeId, Later);

        Assert.Contains("proposed", proposed.Close(PairOutcome.DropoutMentor, null, Guid.NewGuid(), Later).Refusal);
        Assert.Contains("declined", declined.Close(PairOutcome.DropoutMentor, null, Guid.NewGuid(), Later).Refusal);
        Assert.Contains("not-a-fit", unfit.Close(PairOutcome.DropoutMentee, null, Guid.NewGuid(), Later).Refusal);
    }

    [Fact]
    public void Closing_again_with_the_same_outcome_changes_nothing_and_another_outcome_is_refused()
    {
        var pair = Pairs.Active();
        pair.Close(PairOutcome.Job, "Hired.", pair.MenteeId, Later);

        var same = pair.Close(PairOutcome.Job, "Hired again?", pair.MentorId, Later.AddDays(1));
        var other = pair.Close(PairOutcome.TermReached, null, pair.MentorId, Later.AddDays(1));

        Assert.Equal(TransitionResult.AlreadySo, same);
        Assert.True(other.Refused);
        Assert.Contains("job", other.Refusal);
        Assert.Equal(Later, pair.ClosedAt);
        Assert.Equal("Hired.", pair.ClosingNotes);
    }
}
