namespace Mentorship.Messaging.Domain.Concerns;

/// <summary>The audit of one step of a concern: from which state to which, at which tier, who (null: the escalation clock), when, and why.</summary>
public sealed class ConcernStep
{
    public const int MaxNoteLength = 1000;

    public Guid Id { get; init; }

    public Guid ConcernId { get; init; }

    public ConcernStatus From { get; init; }

    public ConcernStatus To { get; init; }

    public int Tier { get; init; }

    public Guid? ActorId { get; init; }

    public DateTimeOffset At { get; init; }

    public string? Note { get; init; }

    public static ConcernStep Of(Concern concern, ConcernStatus from, Guid? actorId, string? note, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ConcernId = concern.Id,
        From = from,
        To = concern.Status,
        Tier = concern.Tier,
        ActorId = actorId,
        At = now,
        Note = note,
    };
}
