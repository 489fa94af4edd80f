using Mentorship.Pairing.Resources;
using Mentorship.ServiceDefaults.Transitions;

namespace Mentorship.Pairing.Domain;

/// <summary>
/// An alert the scheduler raised on a pair when one of its conditions became due. Raising, escalating and
/// closing are set-based statements of the scheduler; only acknowledging is a change of one alert.
/// </summary>
public sealed class PairAlert
{
    public const int KindMaxLength = 40;
    public const int CloseReasonMaxLength = 20;

    public Guid Id { get; init; }

    public Guid PairId { get; init; }

    public Guid ProgrammeId { get; init; }

    public required string Kind { get; init; }

    /// <summary>1 when raised; one more at each escalation to a wider circle.</summary>
    public int Level { get; private set; }

    public AlertState State { get; private set; }

    public DateTimeOffset RaisedAt { get; init; }

    public DateTimeOffset? EscalatedAt { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public Guid? AcknowledgedBy { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? CloseReason { get; private set; }

    /// <summary>Optimistic concurrency (PostgreSQL xmin): an acknowledgement never overwrites the scheduler's close.</summary>
    public uint Version { get; private set; }

    /// <summary>Staff took the alert in hand: it is not escalated again and stays until its condition clears.</summary>
    public TransitionResult Acknowledge(Guid by, DateTimeOffset now)
    {
        if (State == AlertState.Acknowledged)
            return TransitionResult.AlreadySo;
        if (State == AlertState.Closed)
            return TransitionResult.Conflict(PairingTexts.All.InUiLanguage("problem.alert.closed", CloseReason));

        State = AlertState.Acknowledged;
        AcknowledgedAt = now;
        AcknowledgedBy = by;
        return TransitionResult.Done;
    }
}
