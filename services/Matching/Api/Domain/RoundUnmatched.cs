namespace Mentorship.Matching.Domain;

/// <summary>A mentee a round could not match, and why.</summary>
public sealed class RoundUnmatched
{
    public Guid RoundId { get; init; }

    public Guid MenteeId { get; init; }

    public required string Reason { get; init; }

    public int FeasibleMentors { get; init; }

    public required IReadOnlyDictionary<string, int> ExcludedMentors { get; init; }

    public required string Explanation { get; init; }
}
