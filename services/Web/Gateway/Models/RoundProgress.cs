namespace Mentorship.Web.Gateway.Models;

/// <summary>Where a running round is (indexing, scoring, solving, explaining) and how far, 0 to 1.</summary>
public sealed record RoundProgress(string? Phase, double Fraction);
