namespace Mentorship.Pairing.Contracts;

/// <summary>In a programme that asks both sides to volunteer, the mentee confirmed the pair the mentor accepted.</summary>
public sealed record MenteeConfirmed(Guid PairId, Guid ProgrammeId, Guid MenteeId, Guid MentorId, DateTimeOffset ConfirmedAt);
