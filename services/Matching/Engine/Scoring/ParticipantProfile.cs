namespace Mentorship.Matching.Engine.Scoring;

/// <summary>
/// The coded attributes matching scores on, as Enrollment publishes them: vocabulary codes such as
/// region "BE-BRU", language "fr", sector "logistics", never free text. For a mentee
/// <see cref="Expectations"/> are what they hope for; for a mentor, what they offer.
/// </summary>
public sealed record ParticipantProfile(
    string? Region,
    IReadOnlyList<string> Sectors,
    string? JobFunction,
    IReadOnlyList<string> Background,
    int? Age,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Expectations,
    IReadOnlyList<string> Hobbies,
    IReadOnlyList<ConflictDeclaration> Conflicts)
{
    public static ParticipantProfile Empty { get; } = new(null, [], null, [], null, [], [], [], []);
}
