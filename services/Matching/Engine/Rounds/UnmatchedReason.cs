namespace Mentorship.Matching.Engine.Rounds;

/// <summary>Why a mentee is left without a proposal.</summary>
public static class UnmatchedReason
{
    /// <summary>Every mentor fails a hard constraint for this mentee; the counts say which.</summary>
    public const string NoFeasibleMentor = "no-feasible-mentor";

    /// <summary>Feasible mentors exist but all used their capacity on assignments that are better overall.</summary>
    public const string FeasibleMentorsFull = "feasible-mentors-full";

    /// <summary>Max-score only: the feasible mentors with room all score 0 with this mentee, so matching adds nothing.</summary>
    public const string OnlyZeroScorePairs = "only-zero-score-pairs";
}
