namespace Mentorship.Pairing.Contracts;

/// <summary>The mentor declined the proposal: the mentee goes back to matching and this pair is not proposed again.</summary>
public sealed record MentorDeclined(Guid PairId, Guid ProgrammeId, Guid MenteeId, Guid MentorId, DateTimeOffset DeclinedAt);
