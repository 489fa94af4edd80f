namespace Mentorship.Enrollment.Contracts;

/// <summary>
/// The address and language a participant gave with an approved application, sent (never published) to
/// Messaging's <see cref="Queue"/>: the mailer's one source of addresses. It is the only message that
/// carries a personal detail, so it goes to that one queue and nowhere else; Messaging keeps the latest.
/// </summary>
public sealed record MailContactShared(
    Guid PersonId,
    Guid ProgrammeId,
    string Email,
    string Language,
    DateTimeOffset SharedAt)
{
    /// <summary>The queue Enrollment sends to and Messaging receives from.</summary>
    public const string Queue = "messaging-mail-contacts";
}
