namespace Mentorship.Matching.Apis.Models;

/// <summary>A proposal publication left out because the pool changed since the round was planned.</summary>
public sealed record SkippedProposal(Guid MenteeId, Guid MentorId, string Reason);
