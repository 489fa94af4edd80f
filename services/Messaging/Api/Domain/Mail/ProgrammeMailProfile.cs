namespace Mentorship.Messaging.Domain.Mail;

/// <summary>How a programme's mails are signed and where its staff are mailed; the name comes from ProgrammeCreated.</summary>
public sealed class ProgrammeMailProfile
{
    public const int MaxSignatureLength = 200;

    public Guid ProgrammeId { get; init; }

    public string? Name { get; set; }

    /// <summary>Null: the default "The {programme} team" in the reader's language.</summary>
    public string? Signature { get; set; }

    public string? StaffAddress { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
