namespace Mentorship.Enrollment.Contracts;

/// <summary>
/// The coded attributes matching scores on. Values are vocabulary codes
/// (region "BE-BRU", language "fr", sector "logistics"), never free text. <see cref="GlobalCapacity"/>
/// is a mentor's limit across all programmes (null: none); it comes last and optional so that
/// messages published before it existed still read.
/// </summary>
public sealed record MatchingProfile(
    string? Region,
    IReadOnlyList<string> Sectors,
    string? JobFunction,
    IReadOnlyList<string> Background,
    int? Age,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Expectations,
    IReadOnlyList<string> Hobbies,
    int Capacity,
    IReadOnlyList<DeclaredConflict> Conflicts,
    int? GlobalCapacity = null);
