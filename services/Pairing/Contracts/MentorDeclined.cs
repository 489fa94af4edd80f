namespace Mentorship.Pairing.Contracts;

/// <summary>
/// The proposal was declined: the mentee goes back to matching and this pair is not proposed again. Declined
/// by the mentor, or by the mentee ("mentee") in programmes that ask the mentee to confirm after the mentor
/// accepted: every consumer treats both the same, so one event serves both.
/// </summary>
public sealed record MentorDeclined(Guid PairId, Guid ProgrammeId, Guid MenteeId, Guid MentorId, DateTimeOffset DeclinedAt, string DeclinedBy = "mentor");
