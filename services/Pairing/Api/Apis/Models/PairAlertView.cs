using Mentorship.Pairing.Domain;

namespace Mentorship.Pairing.Apis.Models;

/// <summary>One alert of a programme's list: its kind, level and life, never what the pair said.</summary>
public sealed record PairAlertView(
    Guid Id,
    Guid PairId,
    Guid ProgrammeId,
    string Kind,
    int Level,
    AlertState State,
    DateTimeOffset RaisedAt,
    DateTimeOffset? EscalatedAt,
    DateTimeOffset? AcknowledgedAt,
    Guid? AcknowledgedBy,
    DateTimeOffset? ClosedAt,
    string? CloseReason)
{
    public static PairAlertView From(PairAlert alert) => new(
        alert.Id,
        alert.PairId,
        alert.ProgrammeId,
        alert.Kind,
        alert.Level,
        alert.State,
        alert.RaisedAt,
        alert.EscalatedAt,
        alert.AcknowledgedAt,
        alert.AcknowledgedBy,
        alert.ClosedAt,
        alert.CloseReason);
}
