namespace Mentorship.Evaluation.Domain;

/// <summary>The outcomes Pairing closes pairs with, positive exits first, as the programmes report them.</summary>
public static class PairOutcomes
{
    public static readonly IReadOnlyList<string> Positive = ["job", "internship", "training", "studies", "business-creation"];

    public static readonly IReadOnlyList<string> Negative = ["term-reached", "dropout-mentee", "dropout-mentor"];

    public static readonly IReadOnlyList<string> All = [.. Positive, .. Negative];

    public static bool IsPositive(string outcome) => Positive.Contains(outcome);
}
