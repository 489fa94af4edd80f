namespace Mentorship.Matching.Engine.Scoring;

/// <summary>A mentee to be matched.</summary>
public sealed record Mentee(Guid PersonId, ParticipantProfile Profile);
