namespace Mentorship.Identity.Tests.Support;

/// <summary>Who the fake institution's provider says signed in; a null subject leaves "sub" out of the identity token.</summary>
public sealed record FakeProviderAccount(string? Subject, string? Email, bool EmailVerified, string? Name)
{
    public static FakeProviderAccount New(string? email, bool emailVerified = true, string? name = "Ada Lovelace") =>
        new($"staff-{Guid.NewGuid():N}", email, emailVerified, name);
}
