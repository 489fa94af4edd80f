using Mentorship.Pairing.Contracts;

namespace Mentorship.Pairing.Domain;

/// <summary>The events Pairing publishes, built from the pair's state: identifiers, dates and codes, never notes, reasons or places.</summary>
public static class PairingEvents
{
    public static MentorAccepted Accepted(Pair pair) =>
        new(pair.Id, pair.ProgrammeId, pair.MenteeId, pair.MentorId, pair.AcceptedAt!.Value);

    public static MentorDeclined Declined(Pair pair) =>
        new(pair.Id, pair.ProgrammeId, pair.MenteeId, pair.MentorId, pair.DeclinedAt!.Value, Kebab.Name(pair.DeclinedBy ?? PairMember.Mentor));

    public static MenteeConfirmed MenteeConfirmed(Pair pair) =>
        new(pair.Id, pair.ProgrammeId, pair.MenteeId, pair.MentorId, pair.MenteeAcceptedAt!.Value);

    public static FirstMeetingHeld FirstMeetingHeld(Pair pair) =>
        new(pair.Id, pair.ProgrammeId, pair.MenteeId, pair.MentorId, pair.FirstMeeting!.HeldOn, pair.FirstMeeting.Fit);

    public static PairActivated Activated(Pair pair) =>
        new(pair.Id, pair.ProgrammeId, pair.MenteeId, pair.MentorId, pair.ActivatedAt!.Value);

    public static MeetingLogged MeetingLogged(Pair pair, Meeting meeting) =>
        new(pair.Id, pair.ProgrammeId, meeting.Id, meeting.Date, meeting.DurationMinutes, meeting.Dimensions.Select(Kebab.Name).ToList());

    public static PairClosed Closed(Pair pair) =>
        new(pair.Id, pair.ProgrammeId, pair.MenteeId, pair.MentorId, Kebab.Name(pair.Outcome!.Value), pair.ActivatedAt, pair.ClosedAt!.Value, pair.MeetingsHeld);

    public static PairReferentAssigned ReferentAssigned(Pair pair, Guid? previousReferentId) =>
        new(pair.Id, pair.ProgrammeId, pair.ReferentId!.Value, previousReferentId, pair.ReferentAssignedAt!.Value);

    public static ReferentJoined Joined(ProgrammeReferent referent) =>
        new(referent.ProgrammeId, referent.PersonId, referent.JoinedAt);
}
