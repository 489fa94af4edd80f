namespace Mentorship.Messaging.Domain.Threads;

/// <summary>A message in a pair's thread. Its text never leaves this service.</summary>
public sealed class ThreadMessage
{
    public const int MaxTextLength = 4000;

    public Guid Id { get; init; }

    /// <summary>Database-assigned order of all messages; read markers compare against it.</summary>
    public long Sequence { get; init; }

    public Guid PairId { get; init; }

    public Guid SenderId { get; init; }

    public required string Text { get; init; }

    public DateTimeOffset PostedAt { get; init; }

    public static ThreadMessage Post(Guid pairId, Guid senderId, string text, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        PairId = pairId,
        SenderId = senderId,
        Text = text.Trim(),
        PostedAt = now,
    };
}
