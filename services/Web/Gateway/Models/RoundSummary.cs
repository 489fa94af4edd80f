namespace Mentorship.Web.Gateway.Models;

/// <summary>A matching round: kind round|rematch, mode max-participation|max-score, status queued|running|completed|failed|published.</summary>
public sealed record RoundSummary(
    Guid Id,
    string Kind,
    string Mode,
    string Status,
    RoundProgress Progress,
    DateTimeOffset RequestedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? PublishedAt,
    string? Error)
{
    public bool IsPlanning => Status is "queued" or "running";
}
