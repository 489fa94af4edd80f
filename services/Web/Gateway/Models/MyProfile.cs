namespace Mentorship.Web.Gateway.Models;

/// <summary>The person's own profile at the identity service (GET /api/me/profile).</summary>
public sealed record MyProfile(Guid PersonId, string DisplayName, string PreferredLanguage, string? Email, IReadOnlyList<LinkedAccount> LinkedAccounts);
