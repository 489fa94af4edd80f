namespace Mentorship.Matching.Engine.Scoring;

/// <summary>
/// How each criterion turns facts about a pair into a value in [0, 1]. Shared by the explaining
/// scorer and the compiled one, so that a proposal's explanation gives exactly the score the solver used.
/// </summary>
internal static class CriterionValues
{
    /// <summary>What a criterion is worth when one side gave no data: neither helps nor hurts.</summary>
    public const double Neutral = 0.5;

    /// <summary>Same province 1, neighbouring 0.6, two apart 0.3, farther 0; unknown distance neutral.</summary>
    public static double Geography(int? hops) => hops switch
    {
        null => Neutral,
        0 => 1,
        1 => 0.6,
        2 => 0.3,
        _ => 0,
    };

    /// <summary>Shared codes over the smaller list: 1 when one side's list is within the other's.</summary>
    public static double Overlap(int shared, int countA, int countB) =>
        countA == 0 || countB == 0 ? Neutral : (double)shared / Math.Min(countA, countB);

    /// <summary>Share of what the mentee listed that the mentor matches.</summary>
    public static double Coverage(int shared, int menteeCount, int mentorCount) =>
        menteeCount == 0 || mentorCount == 0 ? Neutral : (double)shared / menteeCount;

    public static double Same(bool known, bool equal) => !known ? Neutral : equal ? 1 : 0;

    /// <summary>
    /// A mentor 5 to 25 years older is ideal (1); closer in age falls to 0 at 10 years younger;
    /// much older falls slowly to 0.4.
    /// </summary>
    public static double Age(int? mentorOlderBy) => mentorOlderBy switch
    {
        null => Neutral,
        >= 5 and <= 25 => 1,
        < 5 => Math.Max(0, (mentorOlderBy.Value + 10) / 15.0),
        _ => Math.Max(0.4, 1 - ((mentorOlderBy.Value - 25) * 0.03)),
    };
}
