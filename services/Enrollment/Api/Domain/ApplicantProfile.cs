namespace Mentorship.Enrollment.Domain;

/// <summary>The coded attributes matching scores on (vocabulary codes, not free text).</summary>
public sealed record ApplicantProfile
{
    public string? Region { get; init; }

    public IReadOnlyList<string> Sectors { get; init; } = [];

    public string? JobFunction { get; init; }

    public IReadOnlyList<string> Background { get; init; } = [];

    public IReadOnlyList<string> Languages { get; init; } = [];

    public IReadOnlyList<string> Expectations { get; init; } = [];

    public IReadOnlyList<string> Hobbies { get; init; } = [];

    /// <summary>How many mentees a mentor takes; 1 for a mentee.</summary>
    public int Capacity { get; init; } = 1;

    /// <summary>
    /// For a mentor, the most mentees they take across all programmes of the federation (doctoral
    /// mentors often serve several universities); null when they set no such limit.
    /// </summary>
    public int? GlobalCapacity { get; init; }

    public IReadOnlyList<ConflictDeclaration> Conflicts { get; init; } = [];
}
