namespace Mentorship.Pairing.Domain;

/// <summary>A concern raised about a pair in Messaging: only when, never what or by whom.</summary>
public sealed class PairConcern
{
    public Guid ConcernId { get; init; }

    public Guid PairId { get; set; }

    public Guid ProgrammeId { get; set; }

    /// <summary>Null when the acknowledgement arrived before the concern (the broker does not order them).</summary>
    public DateTimeOffset? RaisedAt { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    /// <summary>The latest escalation to a further tier of contacts; unanswered again until acknowledged after it.</summary>
    public DateTimeOffset? EscalatedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>0 with the pair's referent, 1 and up with the programme's escalation contacts.</summary>
    public int Tier { get; set; }
}
