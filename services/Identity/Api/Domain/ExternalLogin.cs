namespace Mentorship.Identity.Domain;

/// <summary>
/// An account at an institution's OpenID Connect provider (provider key and its "sub"), linked to one
/// person: whoever signs in with it is that person. One account links to one person; a person may have
/// accounts at several institutions.
/// </summary>
public sealed class ExternalLogin
{
    public const int ProviderMaxLength = 64;
    public const int SubjectMaxLength = 255;
    public const int InstitutionMaxLength = 120;

    public Guid Id { get; init; }

    public Guid PersonId { get; init; }

    /// <summary>The key of Identity:ExternalProviders:{key}.</summary>
    public string Provider { get; init; } = "";

    /// <summary>The provider's "sub": stable and unique at that provider, and never reassigned.</summary>
    public string Subject { get; init; } = "";

    /// <summary>The institution the provider stood for when the account was linked.</summary>
    public string? Institution { get; init; }

    public DateTimeOffset LinkedAt { get; init; }

    public DateTimeOffset LastSignedInAt { get; set; }
}
