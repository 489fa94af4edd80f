namespace Mentorship.Web.Gateway.Models;

/// <summary>Mean and median of a measure over N pairs; both null when N is 0.</summary>
public sealed record MeasureSummary(int N, double? Mean, double? Median);
