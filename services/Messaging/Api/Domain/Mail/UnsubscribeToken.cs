using System.Security.Cryptography;
using Mentorship.Messaging.Domain.Notifications;

namespace Mentorship.Messaging.Domain.Mail;

/// <summary>
/// The random token of one person's unsubscribe link for one kind: stored, so it needs no shared secret
/// across replicas, and a forged value simply matches no row.
/// </summary>
public sealed class UnsubscribeToken
{
    public required string Token { get; init; }

    public Guid PersonId { get; init; }

    public NotificationKind? Kind { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public static UnsubscribeToken Create(Guid personId, NotificationKind? kind, DateTimeOffset now) => new()
    {
        Token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_'),
        PersonId = personId,
        Kind = kind,
        CreatedAt = now,
    };
}
