namespace Mentorship.Enrollment.Apis.Models;

/// <summary>
/// The matching criteria as codes; capacity is how many mentees a mentor takes in this programme,
/// globalCapacity how many at most across all programmes.
/// </summary>
public sealed record ProfileInput(
    string? Region,
    IReadOnlyList<string>? Sectors,
    string? JobFunction,
    IReadOnlyList<string>? Background,
    IReadOnlyList<string>? Languages,
    IReadOnlyList<string>? Expectations,
    IReadOnlyList<string>? Hobbies,
    int? Capacity,
    IReadOnlyList<ConflictInput>? Conflicts,
    int? GlobalCapacity = null);
