namespace Mentorship.Matching.Engine.Solving;

/// <summary>The objectives' names on command lines and in files: <c>max-participation</c>, <c>max-score</c>.</summary>
public static class ObjectiveNames
{
    public const string MaxParticipation = "max-participation";
    public const string MaxScore = "max-score";

    public static IReadOnlyList<string> All { get; } = [MaxParticipation, MaxScore];

    public static string Of(Objective objective) => objective == Objective.MaxScore ? MaxScore : MaxParticipation;

    public static Objective Parse(string name) => name switch
    {
        MaxParticipation => Objective.MaxParticipation,
        MaxScore => Objective.MaxScore,
        _ => throw new ArgumentException($"unknown objective '{name}': use {MaxParticipation} or {MaxScore}", nameof(name)),
    };
}
