namespace Mentorship.Evaluation.Domain;

/// <summary>A logged meeting and which dimensions it addressed; never what was said.</summary>
public sealed class Meeting
{
    public Guid Id { get; init; }

    public Guid PairId { get; init; }

    public Guid ProgrammeId { get; init; }

    public DateOnly Date { get; init; }

    public int DurationMinutes { get; init; }

    public bool Professional { get; init; }

    public bool Personal { get; init; }

    public bool Academic { get; init; }
}
