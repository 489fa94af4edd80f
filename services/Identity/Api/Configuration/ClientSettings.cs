namespace Mentorship.Identity.Configuration;

/// <summary>
/// One client (Identity:Clients:{clientId}:...). With redirect URIs it uses the authorization code flow
/// with PKCE and refresh tokens; with a secret it is confidential and may use client credentials.
/// </summary>
public sealed class ClientSettings
{
    public string? DisplayName { get; set; }

    /// <summary>From the environment (Identity__Clients__{id}__Secret); never in a file of the repository.</summary>
    public string? Secret { get; set; }

    public List<string> RedirectUris { get; set; } = [];

    public List<string> PostLogoutRedirectUris { get; set; } = [];

    /// <summary>Platform roles a client-credentials token carries (e.g. "ops" for an operations integration).</summary>
    public List<string> Roles { get; set; } = [];
}
