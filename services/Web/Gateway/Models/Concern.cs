namespace Mentorship.Web.Gateway.Models;

/// <summary>A concern as its handlers read it; <see cref="Steps"/> (its audit trail) comes only when one concern is read.</summary>
public sealed record Concern(
    Guid Id,
    Guid ProgrammeId,
    Guid? PairId,
    Guid RaisedBy,
    string? Category,
    string Severity,
    string Text,
    string Status,
    int Tier,
    DateTimeOffset RaisedAt,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? RespondBy,
    DateTimeOffset? ResolvedAt,
    IReadOnlyList<ConcernStep>? Steps);
