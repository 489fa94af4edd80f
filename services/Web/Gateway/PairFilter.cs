namespace Mentorship.Web.Gateway;

/// <summary>The monitoring table's filters, as the pairs list and its export both take them.</summary>
public sealed record PairFilter(string? Status, bool? AtRisk)
{
    public static readonly PairFilter None = new(null, null);

    /// <summary>"&amp;status=active&amp;atRisk=true", or only the parts that are set.</summary>
    public string Query =>
        (string.IsNullOrEmpty(Status) ? "" : $"&status={Uri.EscapeDataString(Status)}")
        + (AtRisk is { } atRisk ? $"&atRisk={(atRisk ? "true" : "false")}" : "");
}
