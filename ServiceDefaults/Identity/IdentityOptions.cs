namespace Mentorship.ServiceDefaults.Identity;

/// <summary>Section "Identity": the OpenID Connect authority whose tokens are trusted.</summary>
public sealed class IdentityOptions
{
    public const string Section = "Identity";

    /// <summary>The issuer's base address; required outside Development.</summary>
    public string? Authority { get; set; }

    public string Audience { get; set; } = DevelopmentTokens.Audience;
}
