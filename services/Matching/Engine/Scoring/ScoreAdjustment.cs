namespace Mentorship.Matching.Engine.Scoring;

/// <summary>
/// Points added to (or taken from) a pair's score outside the criteria: a coordinator's
/// <c>bonus</c> or <c>malus</c>, or the <c>clamp</c> that keeps the score in [0, 100].
/// </summary>
public sealed record ScoreAdjustment(string Kind, double Points, string Reason)
{
    public const string Clamp = "clamp";
}
