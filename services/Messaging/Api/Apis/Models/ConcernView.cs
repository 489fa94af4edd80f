using Mentorship.Messaging.Domain.Concerns;

namespace Mentorship.Messaging.Apis.Models;

public sealed record ConcernView(
    Guid Id,
    Guid ProgrammeId,
    Guid? PairId,
    Guid RaisedBy,
    ConcernCategory? Category,
    string Text,
    ConcernRoute Route,
    ConcernStatus Status,
    DateTimeOffset RaisedAt,
    DateTimeOffset? AcknowledgedAt)
{
    public static ConcernView From(Concern concern) => new(
        concern.Id,
        concern.ProgrammeId,
        concern.PairId,
        concern.RaisedBy,
        concern.Category,
        concern.Text,
        concern.Route,
        concern.Status,
        concern.RaisedAt,
        concern.AcknowledgedAt);
}
