namespace Mentorship.Matching.Engine.Rounds;

/// <summary>The planner's answer: proposals in mentee order, unmatched mentees with reasons, and stats.</summary>
public sealed record RoundPlan(IReadOnlyList<Proposal> Proposals, IReadOnlyList<UnmatchedMentee> Unmatched, RoundStats Stats);
