namespace Mentorship.Pairing.Contracts;

/// <summary>The guided first meeting took place; when it did not fit, the mentee goes back to matching.</summary>
public sealed record FirstMeetingHeld(Guid PairId, Guid ProgrammeId, Guid MenteeId, Guid MentorId, DateOnly HeldOn, bool Fit);
