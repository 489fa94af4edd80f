namespace Mentorship.Identity.Configuration;

/// <summary>
/// An institution's OpenID Connect provider (Identity:ExternalProviders:{key}:...), which this service
/// signs people in with as a relying party (authorization code with PKCE). The key names it in URLs
/// (/connect/external/{key}/callback, the redirect URI to register at the provider) and in the links.
/// </summary>
public sealed class ExternalProviderSettings
{
    /// <summary>What the sign-in button says after "Sign in with": "UCLouvain".</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The provider's issuer; its discovery document is read from {Authority}/.well-known/openid-configuration.</summary>
    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "";

    /// <summary>From the environment (Identity__ExternalProviders__{key}__ClientSecret); never in a file of the repository.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked for beside openid; by default profile and email.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>The institution the provider stands for, kept with each account linked through it.</summary>
    public string? Institution { get; set; }

    /// <summary>
    /// Whether to read the provider's userinfo endpoint when the identity token lacks the address: some
    /// institutions give the address and its verification there only.
    /// </summary>
    public bool UserInfo { get; set; } = true;
}
