namespace Mentorship.Identity.Domain;

/// <summary>
/// A one-time code mailed to an address. Only its hash is kept; it expires, allows a few attempts and
/// is used once. Codes are issued for unknown addresses too: the first sign-in creates the person.
/// </summary>
public sealed class SignInCode
{
    public const int MaxAttempts = 5;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public Guid Id { get; init; }

    public string Email { get; init; } = "";

    public byte[] CodeHash { get; init; } = [];

    /// <summary>The language asked for, used when the first sign-in creates the person.</summary>
    public string Locale { get; init; } = Locales.Default;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public int Attempts { get; set; }

    public DateTimeOffset? UsedAt { get; set; }
}
