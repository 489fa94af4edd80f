namespace Mentorship.Web.Gateway.Models;

/// <summary>One of the person's surveys (Evaluation's /api/me/surveys); status is "pending" or "completed".</summary>
public sealed record SurveySummary(Guid Id, Guid PairId, string Kind, string Status, string Title, DateTimeOffset AssignedAt, DateTimeOffset? CompletedAt);
