namespace Mentorship.Pairing.Contracts;

/// <summary>The mentor agreed to meet the proposed mentee.</summary>
public sealed record MentorAccepted(Guid PairId, Guid ProgrammeId, Guid MenteeId, Guid MentorId, DateTimeOffset AcceptedAt);
