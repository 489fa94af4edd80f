namespace Mentorship.Messaging.Domain.Threads;

/// <summary>
/// A person who reads and writes a pair's thread, with how far they have read: the database's read
/// marker is the truth the Redis unread counts are rebuilt from.
/// </summary>
public sealed class ThreadMember
{
    public Guid PairId { get; init; }

    public Guid PersonId { get; init; }

    public ThreadRole Role { get; init; }

    /// <summary>The member who invited this guest; null for the pair's own two members.</summary>
    public Guid? InvitedBy { get; init; }

    public DateTimeOffset JoinedAt { get; init; }

    /// <summary>Sequence of the newest message this person has seen; later messages from others are unread.</summary>
    public long LastReadSequence { get; set; }
}
