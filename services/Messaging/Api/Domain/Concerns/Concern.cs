namespace Mentorship.Messaging.Domain.Concerns;

/// <summary>
/// A worry a participant raised (conflict, demotivation, discrimination, well-being). It reaches only
/// its recipient; the person who raised it follows it; a referent acknowledges taking it up.
/// </summary>
public sealed class Concern
{
    public const int MinTextLength = 10;
    public const int MaxTextLength = 4000;

    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid? PairId { get; init; }

    public Guid RaisedBy { get; init; }

    public ConcernCategory? Category { get; init; }

    public required string Text { get; init; }

    public ConcernRoute Route { get; init; }

    public ConcernStatus Status { get; private set; }

    public DateTimeOffset RaisedAt { get; init; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public Guid? AcknowledgedBy { get; private set; }

    /// <summary>Optimistic concurrency (PostgreSQL xmin): two referents acknowledging at once record one acknowledgement.</summary>
    public uint Version { get; private set; }

    public static Concern Raise(
        Guid programmeId, Guid? pairId, Guid raisedBy, ConcernCategory? category, string text, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            ProgrammeId = programmeId,
            PairId = pairId,
            RaisedBy = raisedBy,
            Category = category,
            Text = text.Trim(),
            Route = pairId is null ? ConcernRoute.ProgrammeContact : ConcernRoute.PairReferent,
            Status = ConcernStatus.Open,
            RaisedAt = now,
        };

    public TransitionResult Acknowledge(Guid by, DateTimeOffset now)
    {
        if (Status == ConcernStatus.Acknowledged)
            return TransitionResult.AlreadySo;
        Status = ConcernStatus.Acknowledged;
        AcknowledgedAt = now;
        AcknowledgedBy = by;
        return TransitionResult.Done;
    }
}
