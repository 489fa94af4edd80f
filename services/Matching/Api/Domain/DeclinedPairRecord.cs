namespace Mentorship.Matching.Domain;

/// <summary>A pair already tried that did not start: never proposed again (a hard constraint).</summary>
public sealed class DeclinedPairRecord
{
    public Guid ProgrammeId { get; init; }

    public Guid MenteeId { get; init; }

    public Guid MentorId { get; init; }

    public Guid PairId { get; init; }

    public PlacementStatus Cause { get; init; }

    public DateTimeOffset At { get; init; }
}
