namespace Mentorship.Matching.Engine.Rounds;

/// <summary>
/// A mentee without a proposal, with a reason code from <see cref="UnmatchedReason"/>, how many
/// mentors were feasible, how many were excluded for each hard constraint (each mentor counted
/// once, under its first failing constraint) and a sentence for the coordinator.
/// </summary>
public sealed record UnmatchedMentee(
    Guid MenteeId,
    string Reason,
    int FeasibleMentors,
    IReadOnlyDictionary<string, int> ExcludedMentors,
    string Explanation);
