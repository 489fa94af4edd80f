namespace Mentorship.Pairing.Domain;

/// <summary>What monitoring needs of a programme, kept from Enrollment's ProgrammeCreated and ProgrammeSettingsChanged.</summary>
public sealed class ProgrammeCadence
{
    public Guid ProgrammeId { get; init; }

    public required string TemplateId { get; set; }

    public int MeetingsPerMonth { get; set; }

    public int DurationMonths { get; set; }

    public int AlertAfterWeeksWithoutMeeting { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The newest ProgrammeSettingsChanged revision applied (0: the settings given at creation).</summary>
    public int SettingsRevision { get; set; }
}
