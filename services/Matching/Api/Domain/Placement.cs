namespace Mentorship.Matching.Domain;

/// <summary>
/// A published pair, as matching needs it: it takes a seat of the mentor's capacity until it ends,
/// and keeps its mentee out of later rounds unless it ended before starting (declined, not a fit).
/// </summary>
public sealed class Placement
{
    public Guid PairId { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid RoundId { get; init; }

    public Guid MenteeId { get; init; }

    public Guid MentorId { get; init; }

    public double Score { get; init; }

    public PlacementStatus Status { get; set; }

    public DateTimeOffset ProposedAt { get; init; }

    public DateTimeOffset? EndedAt { get; set; }

    public bool HoldsSeat => Status == PlacementStatus.Proposed;

    public bool ReturnsMentee => Status is PlacementStatus.Declined or PlacementStatus.NotAFit;
}
