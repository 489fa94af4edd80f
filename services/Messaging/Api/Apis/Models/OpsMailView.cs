using Mentorship.Messaging.Domain.Mail;

namespace Mentorship.Messaging.Apis.Models;

/// <summary>An outgoing mail as ops see it: ids, kind and delivery state, never an address or the words.</summary>
public sealed record OpsMailView(
    Guid Id,
    Guid? RecipientId,
    Guid? ProgrammeId,
    string Kind,
    MailStatus Status,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? SentAt)
{
    public static OpsMailView From(OutgoingMail mail) => new(
        mail.Id,
        mail.RecipientId,
        mail.ProgrammeId,
        mail.Kind is { } kind ? MailKinds.Name(kind) : "digest",
        mail.Status,
        mail.Attempts,
        mail.LastError,
        mail.CreatedAt,
        mail.NextAttemptAt,
        mail.SentAt);
}
