namespace Mentorship.Matching.Engine.Solving;

/// <summary>Why a pin cannot be honoured.</summary>
public static class PinProblemReason
{
    /// <summary>The pair has no arc: a hard constraint excludes it.</summary>
    public const string PairNotAllowed = "pair-not-allowed";

    /// <summary>The same pair is both pinned and forbidden.</summary>
    public const string PairForbidden = "pair-forbidden";

    /// <summary>The mentee is pinned to more than one mentor.</summary>
    public const string MenteePinnedTwice = "mentee-pinned-twice";

    /// <summary>The mentor has more pins than capacity.</summary>
    public const string MentorOverCapacity = "mentor-over-capacity";
}
