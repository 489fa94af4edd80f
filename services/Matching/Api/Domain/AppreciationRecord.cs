using Mentorship.Matching.Engine.Scoring;

namespace Mentorship.Matching.Domain;

/// <summary>
/// A coordinator's judgement on one pair (bonus, malus, pin, forbid), audited: who, when and why.
/// A newer appreciation of the same pair supersedes the older one; nothing is deleted.
/// </summary>
public sealed class AppreciationRecord
{
    public const int ReasonMaxLength = 500;

    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid MenteeId { get; init; }

    public Guid MentorId { get; init; }

    public required string Kind { get; init; }

    /// <summary>Points for bonus and malus (0 to 100); 0 for pin and forbid.</summary>
    public double Value { get; init; }

    public required string Reason { get; init; }

    public Guid CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? EndedAt { get; private set; }

    public Guid? EndedBy { get; private set; }

    /// <summary>"superseded" by a newer appreciation of the pair, or "revoked" by a coordinator.</summary>
    public string? EndReason { get; private set; }

    public bool InForce => EndedAt is null;

    public void End(Guid by, DateTimeOffset at, string reason)
    {
        EndedAt = at;
        EndedBy = by;
        EndReason = reason;
    }

    public Appreciation ToEngine() => new(MenteeId, MentorId, Kind, Value, Reason);
}
