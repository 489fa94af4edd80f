namespace Mentorship.Messaging.Domain;

/// <summary>The referent who supervises a pair (Pairing's PairReferentAssigned): a concern about the pair goes to them.</summary>
public sealed class PairReferent
{
    public Guid PairId { get; init; }

    public Guid ProgrammeId { get; set; }

    public Guid ReferentId { get; set; }

    /// <summary>Of the assignment kept: a later one replaces it, an older one arriving late does not.</summary>
    public DateTimeOffset AssignedAt { get; set; }
}
