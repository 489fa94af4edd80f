namespace Mentorship.Enrollment.Domain.Imports;

/// <summary>
/// The natural key of an imported row: programme, role and normalised e-mail. Its primary key makes a
/// second import of the same row impossible, whoever runs it and however often.
/// </summary>
public sealed class ImportedApplicationKey
{
    public Guid ProgrammeId { get; init; }

    public ParticipantRole Role { get; init; }

    public required string Email { get; init; }

    public Guid ApplicationId { get; init; }

    public Guid ImportId { get; init; }

    /// <summary>Trimmed and lower-cased: "Amina@Example.org " and "amina@example.org" are one person.</summary>
    public static string Normalise(string email) => email.Trim().ToLowerInvariant();
}
