using Mentorship.Matching.Engine.Rounds;

namespace Mentorship.Matching.Domain;

/// <summary>
/// One matching round of a programme, run in the background: queued, running (with progress and a
/// heartbeat so a crashed worker's round is taken up again), completed for the coordinator's review,
/// then published; or failed with the reason.
/// </summary>
public sealed class MatchingRound
{
    /// <summary>A running round whose worker has not reported for this long is considered abandoned.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);

    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public RoundKind Kind { get; init; }

    public RoundMode Mode { get; init; }

    public RoundStatus Status { get; private set; }

    /// <summary>The coordinator who asked for it; null for a re-match queued by a decline.</summary>
    public Guid? RequestedBy { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    /// <summary>For a re-match: the mentees returned to matching.</summary>
    public List<Guid> MenteeIds { get; init; } = [];

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? HeartbeatAt { get; private set; }

    public string? Phase { get; private set; }

    public double Progress { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public RoundStats? Stats { get; private set; }

    public string? Error { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public Guid? PublishedBy { get; private set; }

    public uint Version { get; private set; }

    public bool InProgress => Status is RoundStatus.Queued or RoundStatus.Running;

    public static MatchingRound Request(Guid programmeId, RoundMode mode, Guid requestedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ProgrammeId = programmeId,
        Kind = RoundKind.Round,
        Mode = mode,
        Status = RoundStatus.Queued,
        RequestedBy = requestedBy,
        RequestedAt = now,
    };

    public static MatchingRound Rematch(Guid programmeId, IEnumerable<Guid> menteeIds, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ProgrammeId = programmeId,
        Kind = RoundKind.Rematch,
        Mode = RoundMode.MaxParticipation,
        Status = RoundStatus.Queued,
        RequestedAt = now,
        MenteeIds = [.. menteeIds],
    };

    public void Start(DateTimeOffset now)
    {
        Status = RoundStatus.Running;
        StartedAt = now;
        HeartbeatAt = now;
        Phase = null;
        Progress = 0;
    }

    public void ReportProgress(RoundPhase phase, double fraction, DateTimeOffset now)
    {
        Phase = phase.ToString().ToLowerInvariant();
        Progress = fraction;
        HeartbeatAt = now;
    }

    public void Complete(RoundStats stats, DateTimeOffset now)
    {
        Status = RoundStatus.Completed;
        Stats = stats;
        Phase = null;
        Progress = 1;
        CompletedAt = now;
    }

    public void Fail(string error, DateTimeOffset now)
    {
        Status = RoundStatus.Failed;
        Error = error;
        Phase = null;
        CompletedAt = now;
    }

    /// <summary>A round whose worker stopped reporting goes back to the queue.</summary>
    public void Requeue() => Status = RoundStatus.Queued;

    public void MarkPublished(Guid by, DateTimeOffset now)
    {
        Status = RoundStatus.Published;
        PublishedAt = now;
        PublishedBy = by;
    }
}
