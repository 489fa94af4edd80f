namespace Mentorship.Messaging.Domain.Mail;

/// <summary>How a programme's mails are signed and where its staff are mailed; the name comes from ProgrammeCreated, then its edits.</summary>
public sealed class ProgrammeMailProfile
{
    public const int MaxSignatureLength = 200;

    public Guid ProgrammeId { get; init; }

    public string? Name { get; set; }

    /// <summary>The ProgrammeSettingsChanged revision the name comes from (0: from ProgrammeCreated).</summary>
    public int NameRevision { get; set; }

    /// <summary>Null: the default "The {programme} team" in the reader's language.</summary>
    public string? Signature { get; set; }

    public string? StaffAddress { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
