namespace Mentorship.Matching.Engine.Scoring;

/// <summary>Why a pair is excluded before scoring: the hard constraints, each with its code.</summary>
public static class ExclusionReason
{
    /// <summary>Both sides list languages and share none.</summary>
    public const string NoSharedLanguage = "no-shared-language";

    /// <summary>The mentor has no capacity left in this programme given their current load.</summary>
    public const string MentorAtCapacity = "mentor-at-capacity";

    /// <summary>One side declared the other (thesis director, thesis committee, line manager, other).</summary>
    public const string ConflictOfInterest = "conflict-of-interest";

    /// <summary>This mentee-mentor pair was already tried and declined or found not a fit.</summary>
    public const string PreviouslyDeclined = "previously-declined";

    /// <summary>The mentor's load across all programmes is at or above their global cap.</summary>
    public const string GlobalCapExceeded = "global-cap-exceeded";

    /// <summary>A coordinator forbade the pair.</summary>
    public const string Forbidden = "forbidden";

    /// <summary>The mentee and the mentor are the same person (programmes where members take both roles).</summary>
    public const string SamePerson = "same-person";

    /// <summary>All codes, in the order a pair is checked against them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [MentorAtCapacity, GlobalCapExceeded, NoSharedLanguage, SamePerson, ConflictOfInterest, PreviouslyDeclined, Forbidden];
}
