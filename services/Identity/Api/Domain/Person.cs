namespace Mentorship.Identity.Domain;

/// <summary>Someone who signs in. The id is the tokens' "sub", the person id every service knows.</summary>
public sealed class Person
{
    public const int EmailMaxLength = 254;
    public const int DisplayNameMaxLength = 200;

    public Guid Id { get; init; }

    /// <summary>
    /// Trimmed and lower-cased (<see cref="Emails.Normalise"/>), unique. Null for a person created by an
    /// institution's sign-in that gave no verified address: an unverified one is never kept, so that it
    /// cannot claim the address before its owner signs in by code.
    /// </summary>
    public string? Email { get; init; }

    public string DisplayName { get; set; } = "";

    /// <summary>fr, nl or en (<see cref="Locales"/>).</summary>
    public string Locale { get; set; } = Locales.Default;

    public DateTimeOffset CreatedAt { get; init; }
}
