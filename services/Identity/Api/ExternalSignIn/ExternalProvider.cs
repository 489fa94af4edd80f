namespace Mentorship.Identity.ExternalSignIn;

/// <summary>A configured institution's provider as the sign-in page and the links know it.</summary>
public sealed record ExternalProvider(string Key, string DisplayName, string? Institution)
{
    /// <summary>The authentication scheme of the provider's OpenID Connect handler.</summary>
    public string Scheme => ExternalSignInPaths.SchemeOf(Key);
}
