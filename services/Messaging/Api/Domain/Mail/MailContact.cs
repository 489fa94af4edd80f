namespace Mentorship.Messaging.Domain.Mail;

/// <summary>The address and language a participant gave with their latest approved application (MailContactShared).</summary>
public sealed class MailContact
{
    public Guid PersonId { get; init; }

    public required string Email { get; set; }

    public string? Language { get; set; }

    public DateTimeOffset SharedAt { get; set; }

    /// <summary>The latest shared wins; an older copy arriving late changes nothing.</summary>
    public bool Update(string email, string? language, DateTimeOffset sharedAt)
    {
        if (sharedAt < SharedAt)
            return false;
        Email = email;
        Language = language;
        SharedAt = sharedAt;
        return true;
    }
}
