namespace Mentorship.Identity.Tests.Support;

/// <summary>
/// Who the fake institution's provider says signed in; a null subject leaves "sub" out of the identity token,
/// and <paramref name="AddressInUserInfoOnly"/> leaves the address and its verification to the userinfo endpoint.
/// </summary>
public sealed record FakeProviderAccount(string? Subject, string? Email, bool EmailVerified, string? Name, bool AddressInUserInfoOnly = false)
{
    public static FakeProviderAccount New(string? email, bool emailVerified = true, string? name = "Ada Lovelace") =>
        new($"staff-{Guid.NewGuid():N}", email, emailVerified, name);
}
