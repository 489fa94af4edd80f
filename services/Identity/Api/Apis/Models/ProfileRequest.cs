namespace Mentorship.Identity.Apis.Models;

/// <summary>What a person chooses about themselves: the name they are shown by and the language spoken to them (fr, nl, en).</summary>
public sealed record ProfileRequest(string? DisplayName, string? PreferredLanguage);
