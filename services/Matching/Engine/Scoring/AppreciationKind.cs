namespace Mentorship.Matching.Engine.Scoring;

/// <summary>A coordinator's subjective appreciation of a pair.</summary>
public static class AppreciationKind
{
    /// <summary>Adds points (0 to 100) to the pair's score.</summary>
    public const string Bonus = "bonus";

    /// <summary>Takes points (0 to 100) from the pair's score.</summary>
    public const string Malus = "malus";

    /// <summary>The pair must be in the result.</summary>
    public const string Pin = "pin";

    /// <summary>The pair must not be in the result.</summary>
    public const string Forbid = "forbid";

    public static IReadOnlyList<string> All { get; } = [Bonus, Malus, Pin, Forbid];
}
