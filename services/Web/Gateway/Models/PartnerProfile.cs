namespace Mentorship.Web.Gateway.Models;

/// <summary>The partner's matching profile: the codes they gave when applying.</summary>
public sealed record PartnerProfile(
    string? Region,
    IReadOnlyList<string> Sectors,
    string? JobFunction,
    IReadOnlyList<string> Background,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Expectations,
    IReadOnlyList<string> Hobbies);
