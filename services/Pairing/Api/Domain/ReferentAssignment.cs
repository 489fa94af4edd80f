namespace Mentorship.Pairing.Domain;

/// <summary>The audit of who made whom a pair's referent, when, and whom they replaced.</summary>
public sealed class ReferentAssignment
{
    public Guid Id { get; init; }

    public Guid PairId { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid ReferentId { get; init; }

    public Guid? PreviousReferentId { get; init; }

    public Guid AssignedBy { get; init; }

    public DateTimeOffset AssignedAt { get; init; }

    public static ReferentAssignment Of(Pair pair, Guid? previousReferentId, Guid assignedBy) => new()
    {
        Id = Guid.CreateVersion7(pair.ReferentAssignedAt!.Value),
        PairId = pair.Id,
        ProgrammeId = pair.ProgrammeId,
        ReferentId = pair.ReferentId!.Value,
        PreviousReferentId = previousReferentId,
        AssignedBy = assignedBy,
        AssignedAt = pair.ReferentAssignedAt.Value,
    };
}
