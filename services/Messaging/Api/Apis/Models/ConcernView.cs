using Mentorship.Messaging.Domain.Concerns;

namespace Mentorship.Messaging.Apis.Models;

/// <summary>A concern; its steps (the audit) are shown to its handlers, and only on the concern itself.</summary>
public sealed record ConcernView(
    Guid Id,
    Guid ProgrammeId,
    Guid? PairId,
    Guid RaisedBy,
    ConcernCategory? Category,
    ConcernSeverity Severity,
    string? Lab,
    string Text,
    ConcernRoute Route,
    ConcernStatus Status,
    int Tier,
    DateTimeOffset RaisedAt,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? RespondBy,
    DateTimeOffset? ResolvedAt,
    IReadOnlyList<ConcernStepView>? Steps)
{
    public static ConcernView From(Concern concern) => From(concern, null);

    public static ConcernView From(Concern concern, IEnumerable<ConcernStep>? steps) => new(
        concern.Id,
        concern.ProgrammeId,
        concern.PairId,
        concern.RaisedBy,
        concern.Category,
        concern.Severity,
        concern.Lab,
        concern.Text,
        concern.Route,
        concern.Status,
        concern.Tier,
        concern.RaisedAt,
        concern.AcknowledgedAt,
        concern.RespondBy,
        concern.ResolvedAt,
        steps?.OrderBy(s => s.At).ThenBy(s => s.Id).Select(ConcernStepView.Of).ToList());
}
