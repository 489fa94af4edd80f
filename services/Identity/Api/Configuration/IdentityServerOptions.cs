namespace Mentorship.Identity.Configuration;

/// <summary>
/// Section "Identity" as the identity service reads it (Authority and Audience, beside these, are every
/// service's: IdentityOptions). Secrets come from the environment, never from files in the repository.
/// </summary>
public sealed class IdentityServerOptions
{
    public const string Section = "Identity";

    /// <summary>The public client of the front ends (authorization code with PKCE), always registered.</summary>
    public const string WebClientId = "web";

    /// <summary>
    /// The issuer as clients reach it (through the gateway). Defaults to Identity:Authority, then to the
    /// address each request came in on.
    /// </summary>
    public string? Issuer { get; set; }

    /// <summary>
    /// Where /connect/authorize sends a browser that is not signed in yet (with ReturnUrl): by default the
    /// service's own pages (SignInPagesApi), which the gateway routes here with the rest of /connect.
    /// </summary>
    public string SignInPage { get; set; } = Apis.SignInPagesApi.PagePath;

    /// <summary>Signing keys (RSA, PEM or PFX), the first signing; the others are only published, for a rotation.</summary>
    public List<KeyFile> SigningKeys { get; set; } = [];

    /// <summary>Keys the service encrypts its authorization codes and refresh tokens with (RSA, PEM or PFX), the first encrypting.</summary>
    public List<KeyFile> EncryptionKeys { get; set; } = [];

    /// <summary>Development only: where the generated keys are kept between runs.</summary>
    public string? DevelopmentKeysDirectory { get; set; }

    /// <summary>Registered clients by client id; "web" is added when absent.</summary>
    public Dictionary<string, ClientSettings> Clients { get; set; } = [];

    /// <summary>Institutions' OpenID Connect providers by key (letters, digits and dashes); none by default.</summary>
    public Dictionary<string, ExternalProviderSettings> ExternalProviders { get; set; } = [];

    /// <summary>Addresses of the people who hold the platform role "ops".</summary>
    public List<string> Operators { get; set; } = [];

    /// <summary>The sender of sign-in codes.</summary>
    public string MailFrom { get; set; } = "Mentorship <no-reply@mentorship.example>";
}
