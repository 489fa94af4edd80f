namespace Mentorship.Matching.Engine.Rounds;

/// <summary>The re-match: the optimal plan for the returned mentees, and for each of them the next-best mentors with room, best first.</summary>
public sealed record RematchPlan(RoundPlan Plan, IReadOnlyDictionary<Guid, IReadOnlyList<AlternativeMentor>> Alternatives);
