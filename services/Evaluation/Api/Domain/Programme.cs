using System.Security.Cryptography;

namespace Mentorship.Evaluation.Domain;

/// <summary>
/// What Evaluation knows of a programme: its template (which closure survey it gets), its name and
/// institution (how roll-up reports and report files name it) and the salt of its respondents'
/// pseudonyms. Created by the first event that mentions it, whatever the order of arrival.
/// </summary>
public sealed class Programme
{
    public const int SaltLength = 32;
    public const int NameMaxLength = 200;
    public const int InstitutionMaxLength = 120;

    public Guid Id { get; init; }

    /// <summary>Null until ProgrammeCreated arrives: surveys meanwhile use the default template.</summary>
    public string? TemplateId { get; private set; }

    public string? Name { get; private set; }

    public string? Institution { get; private set; }

    /// <summary>The settings revision Name and Institution come from (ProgrammeCreated is 0); null before either event.</summary>
    public int? SettingsRevision { get; private set; }

    /// <summary>Never leaves the database: it keeps export pseudonyms from being recomputed from person ids.</summary>
    public required byte[] PseudonymSalt { get; init; }

    public DateTimeOffset FirstSeenAt { get; init; }

    public static Programme FirstSeen(Guid id, DateTimeOffset now) => new()
    {
        Id = id,
        PseudonymSalt = RandomNumberGenerator.GetBytes(SaltLength),
        FirstSeenAt = now,
    };

    public bool UseTemplate(string templateId)
    {
        if (TemplateId == templateId)
            return false;
        TemplateId = templateId;
        return true;
    }
}
