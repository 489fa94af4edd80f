namespace Mentorship.Matching.Engine.Solving;

/// <summary>A mentee-mentor pair by index in a <see cref="Instances.MatchingInstance"/>.</summary>
public readonly record struct MatchingPair(int Mentee, int Mentor);
