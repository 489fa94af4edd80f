namespace Mentorship.Matching.Engine.Instances;

/// <summary>An allowed mentee-mentor pair and its integer weight (0 to <see cref="MatchingInstance.MaxWeight"/>).</summary>
public readonly record struct MatchingArc(int Mentee, int Mentor, int Weight);
