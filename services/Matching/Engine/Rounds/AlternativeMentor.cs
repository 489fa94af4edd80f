namespace Mentorship.Matching.Engine.Rounds;

/// <summary>A feasible mentor who still has room once the plan is taken, with the pair's score.</summary>
public sealed record AlternativeMentor(Guid MentorId, double Score);
