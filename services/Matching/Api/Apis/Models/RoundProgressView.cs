namespace Mentorship.Matching.Apis.Models;

/// <summary>Where a running round is: indexing, scoring, solving or explaining, and how far (0 to 1).</summary>
public sealed record RoundProgressView(string? Phase, double Fraction);
