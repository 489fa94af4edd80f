namespace Mentorship.Matching.Engine.Rounds;

/// <summary>A pair already tried and declined or found not a fit: never proposed again.</summary>
public sealed record DeclinedPair(Guid MenteeId, Guid MentorId);
