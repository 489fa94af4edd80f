namespace Mentorship.Identity.Apis.Models;

/// <summary>A person's own profile: their name and language, the address they sign in with (none for some institutions' accounts) and the institutions' accounts linked.</summary>
public sealed record ProfileView(
    Guid PersonId,
    string DisplayName,
    string PreferredLanguage,
    string? Email,
    IReadOnlyList<LinkedAccountView> LinkedAccounts);
