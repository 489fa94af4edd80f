namespace Mentorship.Enrollment.Domain.Partners;

/// <summary>
/// A pair Pairing closed (its PairClosed event, ids only): for each of its two people, a participation
/// that ended, from which the programme's retention rule counts.
/// </summary>
public sealed class ClosedPair
{
    public Guid PairId { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid MenteeId { get; init; }

    public Guid MentorId { get; init; }

    public DateTimeOffset ClosedAt { get; init; }
}
