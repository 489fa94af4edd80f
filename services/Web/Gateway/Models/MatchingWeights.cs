namespace Mentorship.Web.Gateway.Models;

/// <summary>The 8 criterion weights (0 to 10) keyed by the request's field names: geography, jobFunction, ...</summary>
public sealed record MatchingWeights(Guid ProgrammeId, IReadOnlyDictionary<string, double> Weights, DateTimeOffset? ChangedAt);
